#pragma once

#include "callshape.h"

// The Pipelines API's table (callshapepipelines.cpp), listed by callApis().
CallApi pipelinesCallApi();
