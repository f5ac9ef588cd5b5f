//! A seeded generator of valid KDL 2.0 documents that exercises the whole grammar: every string
//! form, every number form, keywords, type annotations, slashdashes, comments, line
//! continuations, semicolons, CRLF and the Unicode whitespace and newlines.

/// xorshift64*: small, fast and deterministic; quality is irrelevant here.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..bound` (`bound > 0`).
    pub fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).unwrap_or(0)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

const IDENTIFIERS: &[&str] = &[
    "node",
    "system",
    "flow",
    "a",
    "r",
    "_x",
    "-",
    "--",
    "+",
    "-.",
    "+.",
    ".",
    "..5",
    "a.b",
    "x-1",
    "kebab-case",
    "snake_case",
    "CamelCase",
    "trueish",
    "nullable",
    "info",
    "nano",
    "foo123~!@$%^&*.:'|?+<>,`-_",
    "cổng-dịch-vụ",
    "Hệ_thống",
    "ノード",
    "😀",
    "ฅ^•ﻌ•^ฅ",
    "a'b",
];

const QUOTED_PIECES: &[&str] = &[
    "hello",
    " ",
    "world",
    "\\n",
    "\\t",
    "\\\\",
    "\\\"",
    "\\s",
    "\\b",
    "\\f",
    "\\r",
    "\\u{1F600}",
    "\\u{0}",
    "\\u{10FFFF}",
    "\\u{7f}",
    "\\u{202E}",
    "Cổng",
    "#",
    "=",
    "{",
    "}",
    "(",
    ")",
    "/",
    "//",
    "/*",
    "*/",
    ";",
    "0",
    "1.5",
    "\\   \n   ",
    "\\\n",
    "true",
    "'",
    "\u{3000}",
    "\u{00A0}",
];

const RAW_PIECES: &[&str] = &[
    "raw", " ", "\\", "\\n", "\"", "#", "\"#", "a\"b", "{", "}", "Hệ", "//", "/*", "*/",
];

const NUMBERS: &[&str] = &[
    "0",
    "1",
    "-1",
    "+7",
    "42",
    "1_000",
    "007",
    "-0",
    "123456789012345678",
    "0x0",
    "0xFF",
    "0xdead_beef",
    "-0x10",
    "+0x7fffffffffffffff",
    "0o0",
    "0o755",
    "-0o1_7",
    "0b0",
    "0b1010_1010",
    "+0b1",
    "1.0",
    "-1.5",
    "0.25",
    "+3.14159",
    "1e10",
    "1E-5",
    "-2.5e+3",
    "1_0.0_1e1_0",
    "6.02E23",
    "0.0",
    "-0.0",
    "1e0",
    "9007199254740993",
    "1.7976931348623157e308",
    "5e-324",
];

const KEYWORDS: &[&str] = &["#true", "#false", "#null", "#inf", "#-inf", "#nan"];

/// Whitespace inside a node (`node-space`), never empty.
const NODE_SPACES: &[&str] = &[
    " ",
    " ",
    " ",
    "  ",
    "\t",
    " /* c */ ",
    "/* a /* nested */ b */ ",
    " \\\n    ",
    " \\ // c\n ",
    "\u{3000}",
    "\u{00A0}",
    "\u{2000}",
    "\u{205F}",
    " /*\nmulti\nline\n*/ ",
];

/// What ends a node (followed by nothing else on the line).
const TERMINATORS: &[&str] = &[
    "\n",
    "\n",
    "\n",
    "\r\n",
    ";",
    "; ",
    " // comment\n",
    "\u{2028}",
    "\u{0085}",
    "\u{000B}",
    "\u{000C}",
    "\r",
];

/// Space between nodes (`line-space`), possibly empty.
const LINE_SPACES: &[&str] = &[
    "",
    "",
    "",
    "\n",
    "  ",
    "// line comment\n",
    "/* block */ ",
    "\n\n",
    "\\\n",
    "\t",
];

/// Generates one valid document.
pub fn document(rng: &mut Rng) -> String {
    let mut out = String::new();
    if rng.chance(5) {
        out.push('\u{FEFF}');
    }
    let count = 1 + rng.below(5);
    nodes(rng, &mut out, count, 0);
    out
}

fn nodes(rng: &mut Rng, out: &mut String, count: usize, depth: usize) {
    for index in 0..count {
        out.push_str(rng.pick(LINE_SPACES));
        if depth > 0 {
            out.push_str(&"    ".repeat(depth));
        }
        if rng.chance(10) {
            out.push_str(rng.pick(&["/-", "/- ", "/-\n", "/- // c\n"]));
        }
        node(rng, out, depth);
        // The last node of a block may end at the `}`.
        let last_in_block = index + 1 == count && depth > 0;
        if !(last_in_block && rng.chance(30)) {
            out.push_str(rng.pick(TERMINATORS));
        }
    }
}

fn node(rng: &mut Rng, out: &mut String, depth: usize) {
    if rng.chance(15) {
        type_annotation(rng, out);
        if rng.chance(30) {
            out.push_str(rng.pick(&[" ", "/* c */"]));
        }
    }
    string(rng, out);
    for _ in 0..rng.below(6) {
        out.push_str(rng.pick(NODE_SPACES));
        if rng.chance(10) {
            out.push_str(rng.pick(&["/-", "/- ", "/-\n"]));
        }
        if rng.chance(40) {
            property(rng, out);
        } else {
            argument(rng, out);
        }
    }
    if depth < 4 && rng.chance(25) {
        if rng.chance(15) {
            out.push_str(" /- ");
            block(rng, out, depth);
        }
        out.push_str(rng.pick(&[" ", "", "  ", " /* c */ "]));
        block(rng, out, depth);
        if rng.chance(15) {
            out.push_str(" /-");
            block(rng, out, depth);
        }
    }
}

fn block(rng: &mut Rng, out: &mut String, depth: usize) {
    out.push('{');
    if rng.chance(20) {
        out.push('}');
        return;
    }
    out.push('\n');
    let count = rng.below(4);
    nodes(rng, out, count, depth + 1);
    out.push_str(rng.pick(&["\n", "", "  "]));
    out.push('}');
}

fn type_annotation(rng: &mut Rng, out: &mut String) {
    out.push('(');
    out.push_str(rng.pick(&["", "", " ", "/* c */"]));
    string(rng, out);
    out.push_str(rng.pick(&["", "", " "]));
    out.push(')');
}

fn argument(rng: &mut Rng, out: &mut String) {
    if rng.chance(15) {
        type_annotation(rng, out);
        if rng.chance(20) {
            out.push(' ');
        }
    }
    value(rng, out);
}

fn property(rng: &mut Rng, out: &mut String) {
    string(rng, out);
    out.push_str(rng.pick(&["=", "=", "=", " = ", "= ", "\t=\t"]));
    argument(rng, out);
}

fn value(rng: &mut Rng, out: &mut String) {
    match rng.below(10) {
        0..=4 => string(rng, out),
        5..=7 => out.push_str(rng.pick(NUMBERS)),
        _ => out.push_str(rng.pick(KEYWORDS)),
    }
}

/// Any string form: identifier, quoted, raw, multi-line, raw multi-line.
fn string(rng: &mut Rng, out: &mut String) {
    match rng.below(20) {
        0..=9 => out.push_str(rng.pick(IDENTIFIERS)),
        10..=14 => quoted(rng, out),
        15..=17 => raw(rng, out),
        18 => multiline(rng, out, false),
        _ => multiline(rng, out, true),
    }
}

fn quoted(rng: &mut Rng, out: &mut String) {
    out.push('"');
    for _ in 0..rng.below(5) {
        out.push_str(rng.pick(QUOTED_PIECES));
    }
    out.push('"');
}

fn raw(rng: &mut Rng, out: &mut String) {
    let mut body = String::new();
    for _ in 0..rng.below(5) {
        body.push_str(rng.pick(RAW_PIECES));
    }
    // `#""…` would open a multi-line string.
    if body.starts_with('"') {
        body.insert(0, 'x');
    }
    let hashes = "#".repeat(needed_hashes(&body) + rng.below(2));
    out.push_str(&format!("{hashes}\"{body}\"{hashes}"));
}

/// One more `#` than the longest run after a `"` in `body`.
fn needed_hashes(body: &str) -> usize {
    let bytes = body.as_bytes();
    let mut longest = 0;
    for (index, _) in body.match_indices('"') {
        let run = bytes[index + 1..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        longest = longest.max(run);
    }
    longest + 1
}

fn multiline(rng: &mut Rng, out: &mut String, is_raw: bool) {
    let indent = rng.pick(&["", "  ", "    ", "\t", " \u{3000}"]).to_owned();
    let pieces: &[&str] = if is_raw { RAW_PIECES } else { QUOTED_PIECES };
    let mut lines = Vec::new();
    for _ in 0..rng.below(4) {
        if rng.chance(15) {
            lines.push(String::from(rng.pick(&["", "  ", "\t"])));
            continue;
        }
        let mut line = format!("{indent}{}", rng.pick(&["", "  ", "x"]));
        for _ in 0..1 + rng.below(3) {
            let piece = rng.pick(pieces);
            // Keep every line's content on its line and clear of delimiters.
            if piece.contains('\n') || piece.contains('"') {
                line.push_str("text");
            } else {
                line.push_str(piece);
            }
        }
        line.push('.');
        lines.push(line);
    }
    let hashes = if is_raw {
        "#".repeat(1 + rng.below(2))
    } else {
        String::new()
    };
    out.push_str(&format!("{hashes}\"\"\"\n"));
    for line in lines {
        out.push_str(&line);
        out.push_str(rng.pick(&["\n", "\n", "\r\n"]));
    }
    out.push_str(&format!("{indent}\"\"\"{hashes}"));
}

/// Characters that mutations insert: the grammar's punctuation and a few troublemakers.
const MUTATION_CHARS: &[&str] = &[
    "\"", "\\", "{", "}", "(", ")", "=", ";", "/", "-", "#", "*", " ", "\n", "0", ".", "e", "x",
    "_", "a", "r", "'", "\u{FEFF}", "\u{202E}", "\u{1}", "\r", "\u{2028}", "/-", "/*", "*/",
    "\"\"\"", "#\"", "\"#", "\\u{", "+",
];

/// A copy of `text` with 1–3 random edits (delete, insert, duplicate a slice).
pub fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(chars.len() + 1);
        match rng.below(3) {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 => {
                let insert: Vec<char> = rng.pick(MUTATION_CHARS).chars().collect();
                chars.splice(at..at, insert);
            }
            _ => {
                let end = (at + 1 + rng.below(8)).min(chars.len());
                let slice: Vec<char> = chars[at.min(end)..end].to_vec();
                chars.splice(at..at, slice);
            }
        }
    }
    chars.into_iter().collect()
}
