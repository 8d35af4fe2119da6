package plainopencv

// Version is the version of the binding.
const Version = "1.0"
