#pragma once

// A high-contrast palette (light text on black, yellow selection), for users who need it and for
// checking that no screen relies on colours of its own. Applied to the whole application when
// FOLJA_HIGH_CONTRAST=1 (or the platform's theme already gives such a palette).

#include <QPalette>

namespace folja::ui {

QPalette highContrastPalette();
// Applies highContrastPalette() when FOLJA_HIGH_CONTRAST is set to 1/yes/true; returns whether it did.
bool applyHighContrastIfRequested();

} // namespace folja::ui
