// Moves the settings and data of earlier builds, which Qt kept under "Unknown Organization" and
// ~/.local/share/lumbar-relief, to where the app keeps them now, so an update loses no history or answers.
#pragma once

namespace lumbar::ui {

// Call after the application's name and organisation are set. Returns false when an old data folder is there but
// could not be moved; the caller then keeps the old places so nothing seems lost.
bool moveLegacyFolders();

} // namespace lumbar::ui
