// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The labels moved to the core, where the reports share them with the desk's forms.
#include "core/case/caselabels.h"
