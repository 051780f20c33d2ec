// The format readers that need large libraries (pdf.js, mammoth, word-extractor), gathered in one
// module that extract/index.ts loads when a file first needs one of them.
export { extractDoc } from './doc.js';
export { extractDocx } from './docx.js';
export { extractOdt } from './odt.js';
export { extractPdf } from './pdf.js';
export { extractRtf } from './rtf.js';
