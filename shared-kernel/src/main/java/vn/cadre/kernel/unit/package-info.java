/**
 * Administrative units (đơn vị hành chính): their ids, official codes, types and the
 * events of their life. A code is not an identity across time (in 2025 most new communes
 * took a predecessor's code), so units are identified by
 * {@link vn.cadre.kernel.unit.UnitId} and a code is resolved on a date.
 */
package vn.cadre.kernel.unit;
