/**
 * The resident's acts (CONTRACT 8): tasks, questions and answers. An on-demand module: the CDN build
 * writes it as dist/mijn-zaken-acts.js beside dist/mijn-zaken.js, which loads it (`loadActs`) only
 * when the gateway's capabilities announce tasks or questions, so a read-only page pays nothing.
 */
export { READ_ONLY, checkLink, fillZaakUrn, parseCapabilities, taskLink, type Capabilities } from './capabilities.js';
export { amsterdamToday, listItems, toTaskViews, type TaskView } from './tasks.js';
export { channelOf, characterCount, checkQuestion, toQuestionViews, type AnswerView, type Channel, type QuestionProblem, type QuestionView } from './questions.js';
export { actsCatalogues, actsFormat, actsMessagesFor, type ActsFormat, type ActsMessages } from './messages.js';
export {
  countAnnouncement,
  renderQuestions,
  renderTasks,
  type ActsSection,
  type ActsViewContext,
  type QuestionFormCallbacks,
  type QuestionFormState,
} from './acts.view.js';
export { actsStyles } from './acts.styles.js';
export { PART_THRESHOLD, SPOKEN_STEPS, canUpload, checkFile, createdDocument, documentFields, percent, spokenStep, type FileProblem, type UploadCapabilities } from './upload.js';
export { UploadController, kindOf, type UploadHost, type UploadItem, type UploadOptions, type UploadPhase, type UploadProblem } from './upload.controller.js';
export { renderUpload, type UploadCallbacks, type UploadViewContext, type UploadViewState } from './upload.view.js';
export { fileSize, uploadCatalogues, uploadMessagesFor, type UploadMessages } from './upload.messages.js';
export { uploadStyles } from './upload.styles.js';
export { attach } from './element.js';
