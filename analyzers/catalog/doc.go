// Package catalog is biometriclint's knowledge base: the vendor products whose
// use in Go code reveals emotion recognition, face recognition, biometric
// categorisation, face liveness, face detection or speaker recognition, and
// the evidence that reveals each one.
//
// The knowledge is data, kept apart from the analyzers: one YAML file per
// vendor under data/, embedded in the program and validated when it loads
// (and by this package's tests). A data file looks like this:
//
//	vendor: AWS                       # short vendor name, as messages print it
//	entries:
//	  - id: aws-rekognition-v2        # unique, stable, kebab-case
//	    product: Rekognition (AWS SDK for Go v2)
//	    docs: https://...             # vendor documentation
//	    source: https://...           # where the names were read (documentation page or
//	                                  # repository file); required without modules, whose
//	                                  # pinned versions are the source otherwise
//	    legal: ...                    # optional: overrides the categories' legal reference
//	    modules:                      # Go modules of the product, with the version verified
//	      - {path: github.com/aws/aws-sdk-go-v2/service/rekognition, version: v1.51.26}
//	      - {path: example.com/refused, version: v1.0.0, stub: "where the API was read"}
//	      - {path: github.com/Kagami/go-face, dedicated: true, version: ...}
//	                                  # dedicated: the module exists for biometrics,
//	                                  # so requiring it is a finding (see Catalog.Module)
//	    packages:
//	      - path: github.com/aws/aws-sdk-go-v2/service/rekognition
//	        name: rekognition         # only when it differs from DefaultPkgName(path)
//	        aliases: [...]            # other import paths with the same API
//	        dedicated: false          # true: the import alone is a finding
//	        category: ...             # dedicated packages: category of the import
//	        what: ...                 # dedicated packages: what the package does
//	        symbols:                  # functions, types, constants: "Name";
//	                                  # methods and struct fields: "Type.Name"
//	          - {symbol: Client.CompareFaces, category: face-recognition, what: "compares ..."}
//	    endpoints: [...]              # web API hosts and paths (see Endpoint)
//	    models: [...]                 # model file names (see ModelFile)
//	    native: [...]                 # cgo headers and libraries (see NativeLib)
//
// A symbol's "what" is a verb phrase completing "<symbol> ...": the
// analyzers print it after the symbol name.
package catalog
