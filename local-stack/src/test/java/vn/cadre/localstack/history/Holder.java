package vn.cadre.localstack.history;

/**
 * A person who may hold posts, with the code of their hometown on
 * {@link NationalHistory#START}.
 */
record Holder(String personId, String hometownCode) {

}
