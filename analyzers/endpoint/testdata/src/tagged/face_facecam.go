//go:build facecam

package tagged

const luxand = "https://api.luxand.cloud" // want `Luxand.cloud face API: "https://api.luxand.cloud" is the base URL of Luxand.cloud`

// Search is excluded from the default build, and shipped with -tags facecam.
func Search() string {
	return luxand + "/photo/search/v2" // want `Luxand.cloud face API: "https://api.luxand.cloud/photo/search/v2" identifies people by their faces \[face-recognition;.*\] \(in a file excluded by the build: //go:build facecam\)`
}
