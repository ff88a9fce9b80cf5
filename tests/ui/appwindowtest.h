// AppWindowTest: a test with the main window as the app opens it — the built-in bank with the user's bank folder
// and own routines over it, reloading the same way — and that folder and the routines emptied before and after.
#pragma once

#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/bank/bankstate.h"
#include "ui/routines/routinestore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace lumbar::ui::test {

class AppWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clean();
        open();
    }
    void TearDown() override
    {
        window.reset();
        clean();
    }
    static void clean()
    {
        QDir(RoutineStore::defaultFolder()).removeRecursively();
        QDir(defaultUserBankFolder()).removeRecursively();
    }
    // A new window, as when the app starts again.
    void open()
    {
        window = std::make_unique<MainWindow>(loadAppBank({}));
        window->setBankReloader([] { return loadAppBank({}); });
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    std::unique_ptr<MainWindow> window;
};

} // namespace lumbar::ui::test
