export interface MigrationContext {
  /** Returns the database-qualified name of a table. */
  table(name: string): string;
}

export interface Migration {
  id: number;
  name: string;
  statements(ctx: MigrationContext): string[];
}
