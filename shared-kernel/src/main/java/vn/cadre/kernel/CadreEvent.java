package vn.cadre.kernel;

/**
 * A business fact recorded by the command side. Implementations are immutable records
 * whose fully qualified class name is the stored type name, so moving or renaming one is
 * a migration.
 */
public interface CadreEvent {

}
