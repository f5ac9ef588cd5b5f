# cli messages (en). Keep the other language in step.

cli-summary = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $infos } { $infos ->
        [one] info
       *[other] infos
    }; { $waived } waived; { $baseline } in baseline; checked { $systems } { $systems ->
        [one] system
       *[other] systems
    }, { $flows } { $flows ->
        [one] flow
       *[other] flows
    }, { $datasets } { $datasets ->
        [one] dataset
       *[other] datasets
    } against { $rules } { $rules ->
        [one] rule
       *[other] rules
    } (profile { $profile })
cli-invalid-date = `{ $value }` is not a date (expected YYYY-MM-DD)
cli-invalid-baseline = the baseline `{ $path }` is not a JSON list of fingerprints: { $detail }
cli-write-failed = cannot write `{ $path }`: { $reason }
cli-basis = basis: { $basis }
cli-basis-unverified = basis (not verified): { $basis }
cli-status-waived = waived until { $until }
cli-status-baseline = in baseline
cli-rules-count = { $count } rules in force under profile { $profile }
cli-rule-severity = severity
cli-rule-pack = pack
cli-rule-view = view
cli-rule-applies-to = applies to
cli-rule-lifecycle = also evaluated in states
cli-rule-when = when
cli-rule-assert = assert
cli-rule-message = message
cli-rule-help = help
cli-rule-basis = legal basis
cli-rule-verified = verified
cli-rule-unverified = not verified
cli-rule-examples = examples
cli-rule-example-valid = valid
cli-rule-example-invalid = invalid
cli-graphviz-svg-only = `--engine graphviz` draws SVG only; use `--format svg` or `--engine builtin`
cli-graphviz-missing = Graphviz `dot` is not installed (install the `graphviz` package) — or use the built-in layout, `--engine builtin`
cli-graphviz-failed = Graphviz `dot` failed: { $detail }
cli-render-all-needs-output = `--view all` writes one file per view: name a folder with `--output DIR`
cli-timing = checked in { $ms } ms
cli-rules-skipped = rules were not run: the model has load errors (fix them first)
cli-git-failed = cannot read the git revision: { $detail }
cli-outside-repository = `{ $path }` is outside the git repository, so `git:REV` cannot read it
