// One rule's case: a document that triggers the code and a close one that does not (rules.test.ts).

import type { AnswerFile } from '../../../src/model/types.ts';
import type { DiagnosticCode } from '../../../src/model/validate/codes.ts';

export interface Case {
  readonly code: DiagnosticCode;
  readonly bad: () => AnswerFile;
  readonly good: () => AnswerFile;
}
