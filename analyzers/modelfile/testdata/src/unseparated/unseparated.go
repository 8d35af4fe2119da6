// Package unseparated names a model file without a dot or a slash, which
// only a catalog of the test has (TestUnseparated): such a literal is read
// though strconst.Folder.Named leaves it out.
package unseparated

// Weights is the model to load.
const Weights = "facenet_weights" // want `Intranet face model: "facenet_weights" embeds faces \[face-recognition;`

// Other names nothing.
const Other = "cats_weights"
