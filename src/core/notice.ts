/** A problem to show the visitor: a message code (translated by the UI) and its parameters. */
export interface Notice {
  code: string;
  params?: Readonly<Record<string, string | number>>;
  severity: 'info' | 'warning' | 'error';
}
