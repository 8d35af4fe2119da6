#ifdef __cplusplus
#include <opencv2/opencv.hpp>
#include <opencv2/face.hpp>
extern "C" {
#endif
typedef void* LBPHFaceRecognizer;
LBPHFaceRecognizer CreateLBPHFaceRecognizer(void);
#ifdef __cplusplus
}
#endif
