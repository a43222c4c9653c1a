// Every way a pull can end other than success, by name, each message saying what state the
// files are in and what to do next: run the same command again (resumable), or start over.

export type PullFailure =
  | 'Usage' // the command line is wrong
  | 'Refused' // the API answered 4xx: the request itself is wrong; retrying cannot help
  | 'ServerError' // 5xx after every retry
  | 'ServerUnreachable' // no answer after every retry (down, restarting, network gone)
  | 'DatasetChanged' // the API serves another dataset version than the one being pulled
  | 'Gone' // what is being pulled (a nested list's parent) was deleted from the dataset: 410 Gone
  | 'DiskFull' // ENOSPC / EDQUOT while writing
  | 'WriteFailed' // any other error writing the output or the checkpoint
  | 'CorruptCheckpoint' // the checkpoint cannot be read, or does not match its output file
  | 'CheckpointMismatch' // the checkpoint is of another pull (other collection, filters, format or server)
  | 'OutputExists' // the output exists with no checkpoint: a finished pull or someone else's file
  | 'CountMismatch' // the end reached with another number of items than the API announced
  | 'StreamBroken' // the response was cut off or malformed
  | 'Interrupted' // Ctrl-C or SIGTERM

export class PullError extends Error {
  constructor (readonly failure: PullFailure, message: string, readonly resumable = false) {
    super(message)
    this.name = failure
  }

  get exitCode (): number {
    if (this.failure === 'Usage') return 2
    if (this.failure === 'Interrupted') return 130
    return 1
  }
}

export const RESUME_HINT = 'Run the same command again to resume where it stopped.'
export const RESTART_HINT = 'Run the same command with --restart to start over.'
