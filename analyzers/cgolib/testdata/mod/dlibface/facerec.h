#pragma once
#include <jpeglib.h>
#include <dlib/image_processing/frontal_face_detector.h>

typedef struct facerec { void* cls; } facerec;
void facerec_free(facerec* rec);
