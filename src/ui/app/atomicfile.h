// AtomicFile: writing a user's file whole or not at all (QSaveFile), so a failed save never leaves half a file where
// the last good one was. Every file the app writes for the user goes through here.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

class QIODevice;

namespace lumbar::ui {

// Opens a temporary file beside `path`, lets `write` fill it (false: give up) and puts it in place. False, with
// `error` set, when it could not; the old file is then untouched.
bool writeAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error = nullptr);
// The same for bytes in memory.
bool writeAtomically(const QString &path, QByteArrayView bytes, QString *error = nullptr);

} // namespace lumbar::ui
