package telltale.resume.control;

import java.io.IOException;

/** Reads the text and metadata of one file type, within the budget. */
interface Extractor {
  Extraction extract(byte[] bytes, Budget budget) throws IOException;
}
