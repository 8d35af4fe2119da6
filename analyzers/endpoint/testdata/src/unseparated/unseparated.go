// Package unseparated names an endpoint by a value without a dot or a
// slash, which only a catalog of the test has (TestUnseparated): such a
// literal is read though strconst.Folder.Named leaves it out.
package unseparated

// Target selects the operation of a request.
const Target = "DetectFace" // want `Intranet face API: "DetectFace" detects faces \[face-detection;`

// Other names nothing.
const Other = "DetectCats"
