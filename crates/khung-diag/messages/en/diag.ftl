# Messages shared by every crate: one per diagnostic code (the code's main message, with the
# arguments the reporting crate passes) and common helps. Keep vi/diag.ftl in step.

io-error = cannot read `{ $path }`: { $reason ->
        [not-found] it does not exist
        [permission-denied] permission denied
        [is-a-directory] it is a directory
        [symlink-loop] too many levels of symbolic links
       *[other] { $detail }
    }
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
wrong-reference-kind = `{ $id }` is { $actual ->
        [agency] an agency
        [system] a system
        [other-system] a system that is not an identity provider
        [dataset] a dataset
        [flow] a flow
        [service] a service
        [zone] a zone
        [project] a project
        [architecture] an architecture
       *[other] { $actual }
    }, but `{ $name }` must name { $expected ->
        [agency] an agency
        [system] a system
        [dataset] a dataset
        [zone] a zone
        [system-or-dataset] a system or a dataset
        [identity-provider] an identity provider (a system of kind `identity-provider`), `npsp` or "local"
       *[other] { $expected }
    }
reference-redefined = `{ $id }` is defined by the national reference model and cannot be redefined
invalid-extend = `extend "{ $id }"` is not allowed: { $reason ->
        [not-named] the manifest does not name `{ $id }` as the workspace's agency (`agency "{ $id }"`)
        [not-agency] only an agency of the reference model can be extended
        [not-reference] `{ $id }` is not defined by the reference model; write its facts in its own `agency` node
       *[unknown] the reference model defines no agency `{ $id }`
    }
unknown-rule = there is no rule `{ $id }`
unknown-pack = there is no rule pack `{ $id }`
waiver-unknown-rule = the waiver names rule `{ $id }`, which does not exist
waiver-no-match = waiver target `{ $target }` matches no workspace element
waiver-self-approved = the waiver is approved by its own owner `{ $owner }`
waiver-expired = the waiver of `{ $rule }` for `{ $target }` expired on { $until }
waiver-unused = the waiver of `{ $rule }` for `{ $target }` suppresses no finding
project-date-mismatch = project `{ $project }` { $action ->
        [retires] retires
       *[delivers] delivers
    } `{ $element }`, but its { $action ->
        [retires] `retire`
       *[delivers] `since`
    } date { $date ->
        [none] is not given (the project ends on { $end })
       *[other] { $date } is after the project end { $end }
    }
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
