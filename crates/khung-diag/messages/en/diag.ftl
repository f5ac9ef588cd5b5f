# Messages shared by every crate: one per diagnostic code (the code's main message, with the
# arguments the reporting crate passes) and common helps. Keep vi/diag.ftl in step.

io-error = cannot read `{ $path }`: { $reason }
not-utf8 = `{ $path }` is not valid UTF-8 (first invalid byte at offset { $offset })
too-large = `{ $path }` is { $size } bytes, over the limit of { $limit } bytes
too-deep = nesting deeper than { $limit } levels
kdl-syntax = invalid KDL 2.0 syntax
symlink-loop = following links from `{ $path }` leads back to a folder already loaded
include-outside-root = `{ $path }` lies outside the workspace root
import-outside-root = import `{ $path }` lies outside the project root `{ $root }`
import-cycle = import cycle: { $cycle }
unknown-node = unknown node `{ $name }`
unknown-property = unknown property `{ $name }` on `{ $node }`
duplicate-property = `{ $name }` is written more than once
invalid-value = invalid value { $value } for `{ $name }`
invalid-id = `{ $id }` is not a valid id (lowercase ASCII letters, digits, `.` and `-`, starting with a letter or digit)
missing-required = `{ $node }` needs `{ $name }`
duplicate-id = id `{ $id }` is defined more than once
unresolved-reference = `{ $id }` does not name any element
wrong-reference-kind = `{ $id }` is { $actual }, but `{ $name }` must name { $expected }
reference-redefined = `{ $id }` is defined by the national reference model and cannot be redefined
invalid-extend = `extend "{ $id }"` is not allowed: { $reason }
unknown-rule = there is no rule `{ $id }`
unknown-pack = there is no rule pack `{ $id }`
waiver-unknown-rule = the waiver names rule `{ $id }`, which does not exist
waiver-no-match = waiver target `{ $target }` matches no workspace element
waiver-self-approved = the waiver is approved by its own owner `{ $owner }`
waiver-expired = the waiver of `{ $rule }` for `{ $target }` expired on { $until }
waiver-unused = the waiver of `{ $rule }` for `{ $target }` suppresses no finding
project-date-mismatch = project `{ $project }` { $action } `{ $element }`, but its date { $date } does not fall by the project end { $end }
unknown-vocabulary-field = `{ $name }` is not in the field vocabulary
rule-pack-invalid = { $detail }
rule-pack-syntax = CEL syntax error: { $detail }
duplicate-rule = rule `{ $id }` is defined more than once along the pack chain
unknown-field = `{ $kind }` has no field `{ $name }`
unknown-function = { $detail }
type-mismatch = { $detail }
unbounded-rule = a comprehension over `{ $inner }` is nested inside a comprehension over `{ $outer }`
unsupported-expression = { $detail } is not supported in rule conditions
rule-error = rule `{ $rule }` failed on `{ $element }`: { $detail }
profile-not-effective = profile `{ $profile }` takes effect on { $effective }, after the evaluation date { $as_of }
invalid-argument = { $detail }

did-you-mean = did you mean `{ $name }`?
allowed-values = allowed values: { $values }
first-defined-here = first defined here
defined-again-here = defined again here
