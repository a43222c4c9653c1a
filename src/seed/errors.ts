/** One problem with the seed: the file it is in, the entity (`claim foo`) and what is wrong. */
export interface SeedIssue { file: string, entity: string | null, message: string }

export class SeedError extends Error {
  constructor (readonly issues: SeedIssue[]) {
    super(issues.map(formatIssue).join('\n'))
    this.name = 'SeedError'
  }
}

function formatIssue ({ file, entity, message }: SeedIssue): string {
  return `${file}: ${entity === null ? '' : `${entity}: `}${message}`
}

/** Collects issues while a stage runs, and throws them together at the end of it. */
export class IssueList {
  readonly issues: SeedIssue[] = []
  add (file: string, entity: string | null, message: string): void {
    this.issues.push({ file, entity, message })
  }

  throwIfAny (): void {
    if (this.issues.length > 0) throw new SeedError(this.issues)
  }
}
