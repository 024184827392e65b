// The window on small screens (800×600 and 1024×640 at scale 1, 1440×900 at scale 2, that is 720×450
// device-independent pixels) and in a dark palette: it fits, the essential parts stay in view (the panels
// scroll instead), the splitters keep what the admin resized, and the banners stay readable (WCAG AA).
// On the sandbox over loopback, with a temporary settings file and request log.
#include "banner.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "statuscolors.h"
#include "support/isolatedwindowtest.h"
#include "support/namedchild.h"
#include "support/testhome.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The part of `widget` the admin sees: inside the window and inside every scroll area around it.
bool inView(QWidget *widget, QWidget *window)
{
    if (!widget->isVisible() || widget->visibleRegion().isEmpty())
        return false;
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->rect().contains(inWindow);
}
} // namespace

class tst_WindowSizes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(const QSize &size)
    {
        MainWindow::Options options;
        options.settingsPath = m_home->settingsPath();
        options.logPath = m_home->logPath();
        options.credentialStore = m_keychain.get();
        options.startOnSandbox = true;
        m_window = std::make_unique<MainWindow>(options);
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isOnSandbox(), Timeout);
    }

    void shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("CIO_UI_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(m_window->grab().save(dir + u'/' + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase() { isolateWindowTest(m_dir, u"tst_windowsizes"_s); }

    void init()
    {
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_keychain = std::make_unique<MemoryCredentialStore>();
    }

    void cleanup()
    {
        m_window.reset();
        m_keychain.reset();
        m_home.reset();
    }

    void essentialsInView_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("800x600") << QSize(800, 600);
        QTest::newRow("1440x900 at scale 2") << QSize(720, 450);
    }
    void essentialsInView()
    {
        QFETCH(QSize, size);
        openWindow(size);
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(minimum.width() <= size.width() && minimum.height() <= size.height(),
                 qPrintable(u"needs %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
        QTRY_COMPARE(m_window->size(), size);
        for (const QString &name : {u"workspaceList"_s, u"dataPrivacyPanel"_s, u"sendButton"_s, u"requestLogView"_s,
                                    u"requestDetail"_s, u"logSearchEdit"_s}) {
            CIO_CHILD(QWidget, widget, m_window.get(), name);
            QVERIFY2(inView(widget, m_window.get()), qPrintable(name));
        }
        CIO_CHILD(QTableView, log, m_window.get(), u"requestLogView"_s);
        // More than two rows of the log, however low the screen.
        QVERIFY2(log->viewport()->height() >= log->verticalHeader()->defaultSectionSize() * 3,
                 qPrintable(QString::number(log->viewport()->height())));
        if (size.width() >= 1024) {
            CIO_CHILD(QTextEdit, detail, m_window.get(), u"requestDetail"_s);
            QVERIFY2(detail->width() >= 180, qPrintable(QString::number(detail->width())));
        }
        shoot(u"window-%1x%2"_s.arg(size.width()).arg(size.height()));
    }

    // The window opens within a 1024×640 screen even where it was larger last time.
    void opensWithinTheScreen()
    {
        openWindow({});
        const QSize available = QGuiApplication::primaryScreen()->availableSize();
        QVERIFY(m_window->width() <= available.width());
        QVERIFY(m_window->height() <= available.height());
    }

    // The layout keeps what the admin resized, from one run to the next.
    void remembersResizedSplitters()
    {
        openWindow(QSize(1024, 640));
        CIO_CHILD(QSplitter, main, m_window.get(), u"mainSplitter"_s);
        QTRY_VERIFY(main->sizes().value(0) > 0);
        const int total = main->sizes().value(0) + main->sizes().value(1);
        main->setSizes({total / 3, total - total / 3});
        const QList<int> resized = main->sizes();
        m_window->close();
        m_window.reset();
        openWindow({});
        CIO_CHILD(QSplitter, again, m_window.get(), u"mainSplitter"_s);
        QTRY_COMPARE(again->sizes(), resized);
    }

    void darkPaletteStaysReadable()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(darkPalette());
        openWindow(QSize(1024, 640));
        CIO_CHILD(Banner, banner, m_window.get(), u"sandboxBanner"_s);
        QVERIFY(banner->isVisible());
        const StatusColors::Box box = banner->colors();
        banner->text()->ensurePolished();
        const QColor text = banner->text()->palette().color(QPalette::WindowText);
        QVERIFY2(StatusColors::contrastRatio(text, box.background) >= StatusColors::MinimumContrast,
                 qPrintable(u"%1 on %2"_s.arg(text.name(), box.background.name())));
        QVERIFY(box.background.lightness() < 128);
        CIO_CHILD(QListWidget, list, m_window.get(), u"workspaceList"_s);
        list->setCurrentRow(1);
        CIO_CHILD(QLabel, region, m_window.get(), u"regionValue"_s);
        QTRY_VERIFY_WITH_TIMEOUT(region->text().contains(u"European Union"_s), Timeout);
        // The status colours on the dark palette too: the "Verified" line reaches 4.5:1 on the window.
        CIO_CHILD(QLabel, state, m_window.get(), u"regionState"_s);
        state->ensurePolished();
        QVERIFY2(StatusColors::contrastRatio(state->palette().color(QPalette::WindowText),
                                             darkPalette().color(QPalette::Window))
                     >= StatusColors::MinimumContrast,
                 qPrintable(state->palette().color(QPalette::WindowText).name()));
        shoot(u"window-dark-1024x640"_s);
        m_window.reset();
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(tst_WindowSizes)
#include "tst_windowsizes.moc"
