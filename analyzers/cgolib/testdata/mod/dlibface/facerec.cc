#include <dlib/dnn.h>
#include <dlib/image_loader/image_loader.h>
#include   <dlib/image_processing/shape_predictor.h>
#include "facerec.h"

void facerec_free(facerec* rec) {}
