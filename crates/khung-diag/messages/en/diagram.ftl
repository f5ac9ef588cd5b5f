# diagram messages (en): fixed words of khung-diagram's titles, legends and descriptions, and
# its errors. Keep the other language in step.

# Titles: `{ $scope }` is the workspace's top agencies, `{ $date }` the evaluation date.
diagram-title-landscape = Architecture landscape — { $scope } ({ $date })
diagram-title-context = System context — { $name } ({ $date })
diagram-title-integration = Integration and data sharing — { $scope } ({ $date })
diagram-title-dataflow = Data flows by network zone — { $scope } ({ $date })
diagram-title-security = Information system security levels — { $scope } ({ $date })
diagram-title-agency = Agency — { $name } ({ $date })
diagram-title-gap = As-is { $as-is } → to-be { $to-be } — { $scope }
diagram-scope-empty = workspace
diagram-description = { $title }: { $nodes } elements and { $edges } connections.

diagram-legend-title = Legend
diagram-kind-system = Information system
diagram-kind-platform = Integration platform
diagram-kind-dataset = Dataset
diagram-kind-service = Public service
diagram-kind-agency = Agency
diagram-provenance-imported = { $kind } (imported model)
diagram-provenance-reference = { $kind } (national reference model)
diagram-cluster-agency = Agency or unit
diagram-cluster-zone = Network zone
diagram-level = Security level { $level }
diagram-level-undeclared = No declared security level
diagram-change-added = Added
diagram-change-removed = Removed
diagram-change-changed = Changed by the roadmap
diagram-change-unchanged = Unchanged
diagram-line-encrypted = Encrypted in transit
diagram-line-unencrypted = Not encrypted
diagram-line-undeclared = Encryption not declared
diagram-line-cross-border = Crosses the border
diagram-line-zone-crossing = Crosses a zone boundary
diagram-line-storage = Stored in
diagram-marker-below-minimum = Declared level below the minimum level

# Accessibility descriptions of nodes and edges.
diagram-describe-owner = owner: { $owner }
diagram-describe-level = security level { $level }
diagram-describe-minimum = minimum level { $level }
diagram-describe-zone = zone: { $zone }
diagram-describe-flows = { $count } flows: { $flows }
diagram-describe-stored-in = { $dataset } is stored in { $system }

# Errors of `--view`.
diagram-unknown-view = there is no view `{ $view }`
diagram-view-needs-id = the view `{ $view }` needs an id: `{ $view }:<id>`
diagram-view-takes-no-id = the view `{ $view }` takes no id
diagram-unknown-system = there is no system `{ $id }`
diagram-unknown-agency = there is no agency `{ $id }`
