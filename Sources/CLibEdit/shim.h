#ifndef RUBRIC_CLIBEDIT_SHIM_H
#define RUBRIC_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
