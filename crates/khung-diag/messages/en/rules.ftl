# rules messages (en). Keep the other language in step.

## CEL checking
cel-expected = expected `{ $expected }`, found `{ $actual }`
cel-constant-fails = evaluating `{ $detail }` when the rule is loaded fails
cel-branches-differ = the branches of `?:` have different types, `{ $left }` and `{ $right }`
cel-list-items-differ = the items have different types, `{ $left }` and `{ $right }`
cel-unknown-variable = unknown name `{ $name }`
cel-no-fields = a value of type `{ $type }` has no fields
cel-not-indexable = a value of type `{ $type }` cannot be indexed
cel-invalid-date-literal = `{ $text }` is not a valid date (YYYY-MM-DD)
cel-operator-types = `{ $op }` cannot be applied to `{ $left }` and `{ $right }`
cel-not-iterable = a list macro cannot iterate over `{ $type }`
cel-unknown-function = there is no function `{ $name }`
cel-wrong-arity = `{ $name }` takes { $expected } arguments, not { $actual }
cel-signature = signature: `{ $signature }`
cel-wrong-argument = argument { $position } of `{ $name }` must be `{ $expected }`, not `{ $actual }`
cel-unknown-method = values of type `{ $type }` have no method `{ $name }`
cel-dynamic-pattern = the pattern of `matches` must be a constant string
cel-invalid-regex = invalid regular expression: { $detail }

## Rule packs
pack-expected-string = `{ $node }` needs a string here
pack-missing-argument = `{ $node }` needs an argument
pack-unexpected-entry = unexpected `{ $name }` on `{ $node }`
pack-unexpected-children = `{ $node }` takes no child nodes
pack-unexpected-node = unexpected node `{ $name }` (expected: { $expected })
pack-missing-pack-node = `pack.kdl` has no `pack` node
pack-missing-rule-node = the rule file has no `rule` node
pack-missing = `{ $node }` needs `{ $name }`
pack-extends-outside-chain = the workspace pack extends `{ $id }`, which is not in the chain of profile `{ $profile }`
pack-rule-file-name = rule `{ $id }` is in `{ $file }`; its file must be `{ $expected }`
pack-missing-pack-file = the folder `{ $folder }` holds rule files but no `pack.kdl`
pack-duplicate = rule pack `{ $id }` is defined more than once
pack-extends-cycle = `extends "{ $id }"` closes a cycle of packs
pack-macro-head = `{ $head }` is not a macro head like `name(a, b)`
pack-redefined = `{ $name }` is already defined along the pack chain
pack-macro-recursive = macro `{ $name }` uses itself

## Rule errors at run time
rule-error-condition = the condition of `{ $rule }`
rule-error-missing-key = rule `{ $rule }` failed on `{ $element }`: `{ $map }` has no key `{ $key }`
rule-error-type = rule `{ $rule }` failed on `{ $element }`: expected a `{ $expected }`, found a `{ $found }`
rule-error-budget = rule `{ $rule }` failed on `{ $element }`: evaluation exceeded its budget of { $steps } steps
rule-error-division-by-zero = rule `{ $rule }` failed on `{ $element }`: division by zero
rule-error-overflow = rule `{ $rule }` failed on `{ $element }`: integer overflow
rule-error-index = rule `{ $rule }` failed on `{ $element }`: index { $index } is outside a list of { $len } items
rule-error-date = rule `{ $rule }` failed on `{ $element }`: `{ $date }` is not a valid date
cel-matches-not-constant = `matches` takes a constant pattern (a string literal) in rule conditions
rule-template-unclosed = `{"{"}` without a closing `{"}"}` in a message template (write `{"{{"}` for a literal brace)
