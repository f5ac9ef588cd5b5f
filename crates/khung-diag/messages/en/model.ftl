# model messages (en). Keep the other language in step.

# Helps and secondary messages of khung-model's load diagnostics.
missing-argument = `{ $node }` needs a value
unexpected-argument = unexpected value { $value } on `{ $node }`
unexpected-annotation = the type annotation `({ $annotation })` is not allowed here
expected-type = expected { $type ->
        [string] a string
        [integer] an integer
        [boolean] `#true` or `#false`
        [date] a date written "YYYY-MM-DD"
       *[other] { $type }
    }
expected-range = expected an integer from { $min } to { $max }
glob-syntax = not a valid glob pattern (e.g. `systems/**/*.kdl`, `qn-*`)
api-reference-shape = an api is named `<system>/<api>`, e.g. `ndb-population/xac-thuc`
write-as-child = write `{ $name }` as a child node: `{ $name } …`
