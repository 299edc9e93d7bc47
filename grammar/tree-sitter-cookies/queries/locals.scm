; Scopes, definitions and references: categories, providers and sections are
; declared at top level (`category analytics { ... }`) and referred to by
; the `category` and `provider` fields of items (and `on-behalf-of` of providers).
(source_file) @local.scope

(source_file
  (node
    name: (identifier) @_declaration
    .
    value: (identifier) @local.definition
    (#any-of? @_declaration "category" "provider" "section")))

(block
  (node
    name: (identifier) @_field
    value: (identifier) @local.reference
    (#any-of? @_field "category" "provider" "on-behalf-of")))
