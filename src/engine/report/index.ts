/**
 * The assessment (issue 5): the data (`assess`) and its two renderings, Markdown for the case
 * file and snapshots, HTML for the export and the VS Code webview.
 */
export {
  assess, assessAnalysis, allFindings, OUTCOME_LABEL, ADDRESSED_LABEL,
  type Assessment, type AssessOptions, type AddressedStatus, type AddressedView, type CaseView, type ClaimRow,
  type Counts, type Decision, type FindingGroup, type FindingView, type Outcome, type PartyView,
} from './assessment';
export { assessmentMarkdown, mdEscape } from './markdown';
export { assessmentBody, assessmentHtml, escapeHtml, type BodyOptions } from './html';
