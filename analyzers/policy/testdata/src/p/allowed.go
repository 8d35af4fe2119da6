package p

import _ "example.com/acme/faceid"
