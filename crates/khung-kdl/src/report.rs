//! Collects the diagnostics of one parse. Every syntax error has the code `kdl-syntax` and a
//! specific message from `messages/{en,vi}/kdl.ftl`; the ids are listed here so a test can check
//! that both catalogues define each of them.

use crate::tree::TextSpan;
use khung_diag::{Code, Diagnostic, FileId, Message, Span};

/// Message ids of the syntax errors (Fluent ids in `kdl.ftl`).
pub(crate) mod ids {
    pub(crate) const UNEXPECTED_CHARACTER: &str = "kdl-unexpected-character";
    pub(crate) const DISALLOWED_CONTROL: &str = "kdl-disallowed-control";
    pub(crate) const DISALLOWED_BIDI: &str = "kdl-disallowed-bidi";
    pub(crate) const DISALLOWED_BOM: &str = "kdl-disallowed-bom";
    pub(crate) const UNCLOSED_STRING: &str = "kdl-unclosed-string";
    pub(crate) const UNCLOSED_RAW_STRING: &str = "kdl-unclosed-raw-string";
    pub(crate) const UNCLOSED_MULTILINE_STRING: &str = "kdl-unclosed-multiline-string";
    pub(crate) const UNCLOSED_BLOCK_COMMENT: &str = "kdl-unclosed-block-comment";
    pub(crate) const UNCLOSED_BLOCK: &str = "kdl-unclosed-block";
    pub(crate) const UNCLOSED_TYPE: &str = "kdl-unclosed-type";
    pub(crate) const UNMATCHED_CLOSE_BRACE: &str = "kdl-unmatched-close-brace";
    pub(crate) const INVALID_ESCAPE: &str = "kdl-invalid-escape";
    pub(crate) const INVALID_UNICODE_ESCAPE: &str = "kdl-invalid-unicode-escape";
    pub(crate) const MULTILINE_OPENING: &str = "kdl-multiline-opening";
    pub(crate) const MULTILINE_CLOSING_LINE: &str = "kdl-multiline-closing-line";
    pub(crate) const MULTILINE_INDENTATION: &str = "kdl-multiline-indentation";
    pub(crate) const INVALID_NUMBER: &str = "kdl-invalid-number";
    pub(crate) const BARE_KEYWORD: &str = "kdl-bare-keyword";
    pub(crate) const UNKNOWN_KEYWORD: &str = "kdl-unknown-keyword";
    pub(crate) const INVALID_LINE_CONTINUATION: &str = "kdl-invalid-line-continuation";
    pub(crate) const MISSING_SPACE: &str = "kdl-missing-space";
    pub(crate) const EXPECTED_NODE_NAME: &str = "kdl-expected-node-name";
    pub(crate) const EXPECTED_VALUE: &str = "kdl-expected-value";
    pub(crate) const EXPECTED_TYPE_NAME: &str = "kdl-expected-type-name";
    pub(crate) const INVALID_PROPERTY_KEY: &str = "kdl-invalid-property-key";
    pub(crate) const TYPE_BEFORE_KEY: &str = "kdl-type-before-key";
    pub(crate) const SLASHDASH_TARGET: &str = "kdl-slashdash-target";
    pub(crate) const ENTRY_AFTER_CHILDREN: &str = "kdl-entry-after-children";
    pub(crate) const SECOND_CHILD_BLOCK: &str = "kdl-second-child-block";
    pub(crate) const UNEXPECTED_TOKEN: &str = "kdl-unexpected-token";
    pub(crate) const HELP_MULTILINE_STRING: &str = "kdl-help-multiline-string";
    pub(crate) const HELP_RAW_STRING: &str = "kdl-help-raw-string";
    pub(crate) const LABEL_FILE_ENDS_HERE: &str = "kdl-label-file-ends-here";
    pub(crate) const LABEL_CLOSING_LINE: &str = "kdl-label-closing-line";

    /// Every id above, for the catalogue test.
    #[cfg(test)]
    pub(crate) const ALL: &[&str] = &[
        UNEXPECTED_CHARACTER,
        DISALLOWED_CONTROL,
        DISALLOWED_BIDI,
        DISALLOWED_BOM,
        UNCLOSED_STRING,
        UNCLOSED_RAW_STRING,
        UNCLOSED_MULTILINE_STRING,
        UNCLOSED_BLOCK_COMMENT,
        UNCLOSED_BLOCK,
        UNCLOSED_TYPE,
        UNMATCHED_CLOSE_BRACE,
        INVALID_ESCAPE,
        INVALID_UNICODE_ESCAPE,
        MULTILINE_OPENING,
        MULTILINE_CLOSING_LINE,
        MULTILINE_INDENTATION,
        INVALID_NUMBER,
        BARE_KEYWORD,
        UNKNOWN_KEYWORD,
        INVALID_LINE_CONTINUATION,
        MISSING_SPACE,
        EXPECTED_NODE_NAME,
        EXPECTED_VALUE,
        EXPECTED_TYPE_NAME,
        INVALID_PROPERTY_KEY,
        TYPE_BEFORE_KEY,
        SLASHDASH_TARGET,
        ENTRY_AFTER_CHILDREN,
        SECOND_CHILD_BLOCK,
        UNEXPECTED_TOKEN,
        HELP_MULTILINE_STRING,
        HELP_RAW_STRING,
        LABEL_FILE_ENDS_HERE,
        LABEL_CLOSING_LINE,
    ];
}

/// The diagnostics of one file, in the order found.
pub(crate) struct Reporter {
    file: FileId,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl Reporter {
    pub(crate) fn new(file: FileId) -> Reporter {
        Reporter {
            file,
            diagnostics: Vec::new(),
        }
    }

    /// A span in this file. (Built here rather than with `Span::new`, which is not inlined
    /// across crates and is called for every token of the tree.)
    #[inline]
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        let span = TextSpan::new(start, end);
        Span {
            file: self.file,
            start: span.start,
            end: span.end,
        }
    }

    /// Records a `kdl-syntax` error over `start..end` and returns it for helps and labels.
    pub(crate) fn syntax(&mut self, start: usize, end: usize, message: Message) -> &mut Diagnostic {
        let diagnostic = Diagnostic::new(Code::KdlSyntax, self.span(start, end), message);
        self.push(diagnostic)
    }

    /// Records a syntax error whose message takes no arguments.
    pub(crate) fn simple(&mut self, start: usize, end: usize, id: &'static str) -> &mut Diagnostic {
        self.syntax(start, end, Message::new(id))
    }

    /// Records any diagnostic (e.g. `too-deep`).
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) -> &mut Diagnostic {
        self.diagnostics.push(diagnostic);
        let last = self.diagnostics.len() - 1;
        &mut self.diagnostics[last]
    }
}

/// A short quotation of source text for a message argument: at most 24 characters, with
/// control characters shown as code points so a message never carries them raw.
pub(crate) fn quote_source(text: &str) -> String {
    let mut quoted = String::new();
    for (index, ch) in text.chars().enumerate() {
        if index == 24 {
            quoted.push('…');
            break;
        }
        if ch.is_control() || crate::chars::is_disallowed(ch) || crate::chars::is_newline(ch) {
            quoted.push_str(&crate::chars::code_point_name(ch));
        } else {
            quoted.push(ch);
        }
    }
    quoted
}

#[cfg(test)]
mod tests {
    use khung_diag::{Catalogue, Lang};

    #[test]
    fn every_syntax_message_exists_in_both_languages() {
        let catalogue = Catalogue::builtin();
        assert!(catalogue.errors().is_empty(), "{:?}", catalogue.errors());
        for id in super::ids::ALL {
            assert!(catalogue.has(id, Lang::En), "missing en: {id}");
            assert!(catalogue.has(id, Lang::Vi), "missing vi: {id}");
        }
    }
}
