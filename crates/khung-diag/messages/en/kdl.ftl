# kdl messages (en). Keep the other language in step.
# Syntax errors of khung's KDL 2.0 parser (code `kdl-syntax`), their helps and labels.

kdl-unexpected-character = unexpected character `{ $char }`
kdl-disallowed-control = the control character { $code_point } may not appear literally in a KDL document; inside a quoted string, write it as a `\u{"{"}…{"}"}` escape
kdl-disallowed-bidi = the bidirectional-text control { $code_point } may not appear literally in a KDL document (it can make text look different from what it is); inside a quoted string, write it as a `\u{"{"}…{"}"}` escape
kdl-disallowed-bom = a byte order mark ({ $code_point }) is only allowed at the very start of the file
kdl-unclosed-string = this string is not closed before the end of the line
kdl-unclosed-raw-string = this raw string is not closed: it needs `{ $closing }` on the same line
kdl-unclosed-multiline-string = this multi-line string has no closing `"""`
kdl-unclosed-block-comment = this `/*` comment is never closed
kdl-unclosed-block = this `{"{"}` is never closed by a `{"}"}`
kdl-unclosed-type = this `(` type annotation is not closed by a `)`
kdl-unmatched-close-brace = this `{"}"}` has no matching `{"{"}`
kdl-invalid-escape = `{ $escape }` is not a valid escape; the escapes are `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, `\s`, `\u{"{"}…{"}"}` and `\` before whitespace
kdl-invalid-unicode-escape = `{ $escape }` is not a valid Unicode escape: write `\u{"{"}` with 1 to 6 hex digits naming a Unicode scalar value (at most 10FFFF, not a surrogate D800–DFFF) and `{"}"}`
kdl-multiline-opening = the opening `"""` of a multi-line string must be followed by a newline
kdl-multiline-closing-line = the closing `"""` of a multi-line string must be on its own line, after whitespace only
kdl-multiline-indentation = this line does not start with the exact whitespace that comes before the closing `"""`
kdl-invalid-number = `{ $text }` is not a valid number
kdl-bare-keyword = `{ $word }` is a keyword: write `#{ $word }` for the value, or `"{ $word }"` for the string
kdl-unknown-keyword = `{ $text }` is not a KDL keyword (`#true`, `#false`, `#null`, `#inf`, `#-inf`, `#nan`) nor a raw string (`#"…"#`)
kdl-invalid-line-continuation = a `\` outside a string continues the node on the next line: only whitespace or a comment may follow it on this line
kdl-missing-space = whitespace is needed between a node name, its arguments and its properties
kdl-expected-node-name = expected a node name (an identifier or a string)
kdl-expected-value = expected a value (a string, a number, `#true`, `#false`, `#null`, `#inf`, `#-inf` or `#nan`)
kdl-expected-type-name = expected a type name (an identifier or a string) inside the parentheses
kdl-invalid-property-key = a property key must be a string
kdl-type-before-key = a type annotation cannot come before a property key; annotate the value instead: `key=(type)value`
kdl-slashdash-target = `/-` must be followed by the node, argument, property or child block it comments out
kdl-entry-after-children = arguments and properties must come before the child block
kdl-second-child-block = a node can have only one child block; comment out the others with `/-`
kdl-unexpected-token = unexpected `{ $token }`
kdl-help-multiline-string = a string that spans lines is written between `"""` lines, or continued with `\` at the end of the line
kdl-help-raw-string = KDL 2.0 writes raw strings as `#"…"#`
kdl-label-file-ends-here = the file ends here
kdl-label-closing-line = the closing line sets the indentation
