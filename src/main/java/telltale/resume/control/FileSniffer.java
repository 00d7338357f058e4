package telltale.resume.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import telltale.resume.entity.FileType;

/** Decides a file's type from its first bytes (magic numbers), never from its name. */
final class FileSniffer {
  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] RTF = ascii("{\\rtf");
  private static final byte[] WORD_PART = ascii("word/document.xml");
  private static final byte[] ODT_MIMETYPE =
      ascii("mimetypeapplication/vnd.oasis.opendocument.text");
  private static final byte[][] PROGRAMS = {
    ascii("MZ"), // Windows PE / DOS
    {0x7F, 'E', 'L', 'F'},
    {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE}, // Mach-O 32
    {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF}, // Mach-O 64
    {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
    {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
    {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, // Mach-O universal, Java class
    ascii("#!") // a script
  };

  /** Acrobat accepts the PDF header anywhere in the first 1024 bytes, so writers rely on it. */
  private static final int PDF_HEADER_WINDOW = 1024;

  private FileSniffer() {}

  static FileType sniff(byte[] bytes) {
    for (byte[] program : PROGRAMS) {
      if (startsWith(bytes, program, 0)) {
        return FileType.EXECUTABLE;
      }
    }
    if (indexOf(bytes, PDF, 0, Math.min(bytes.length, PDF_HEADER_WINDOW)) >= 0) {
      return FileType.PDF;
    }
    if (startsWith(bytes, ZIP, 0)) {
      // ODF puts an uncompressed "mimetype" entry first, its name at 30 and content right after
      if (startsWith(bytes, ODT_MIMETYPE, 30)) {
        return FileType.ODT;
      }
      // entry names are stored uncompressed, in the local headers and the central directory
      return indexOf(bytes, WORD_PART, 0, bytes.length) >= 0 ? FileType.DOCX : FileType.OTHER;
    }
    if (startsWith(bytes, OLE2, 0)) {
      return FileType.DOC; // or another OLE2 file, or an encrypted DOCX: the reader tells
    }
    if (startsWith(bytes, RTF, 0)) {
      return FileType.RTF;
    }
    return isText(bytes) ? FileType.TEXT : FileType.OTHER;
  }

  /** Valid UTF-8 (a byte-order mark allowed) without control characters other than white space. */
  static boolean isText(byte[] bytes) {
    if (bytes.length == 0) {
      return false;
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.chars()
          .noneMatch(
              c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f');
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
    if (bytes.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
    outer:
    for (int i = from; i <= to - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
