// LogBanner: shown while the request log cannot be written; "Send without logging" is the user's choice.
#include "consolesession.h"
#include "logbanner.h"
#include "memorycredentialstore.h"
#include "support/namedchild.h"
#include "support/testhome.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_LogBanner : public QObject
{
    Q_OBJECT

    TestHome m_home;
    MemoryCredentialStore m_store;

    ConsoleSession::Options options(const QString &logPath)
    {
        ConsoleSession::Options o;
        o.settingsPath = m_home.settingsPath();
        o.logPath = logPath;
        o.credentialStore = &m_store;
        return o;
    }

private Q_SLOTS:
    void hiddenWhileTheLogWorks()
    {
        ConsoleSession session(options(m_home.logPath()));
        LogBanner banner(&session);
        QVERIFY(banner.isHidden());
    }

    void asksBeforeCallsGoUnlogged()
    {
        QFile blocker(m_home.path(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ConsoleSession session(options(blocker.fileName() + u"/log.sqlite"_s));
        LogBanner banner(&session);
        QVERIFY(!banner.isHidden());
        CIO_CHILD(QLabel, text, &banner, u"logBannerText"_s);
        CIO_CHILD(QPushButton, allow, &banner, u"logBannerAllowButton"_s);
        QVERIFY2(text->text().contains(u"are not sent until you choose"_s), qPrintable(text->text()));
        QVERIFY2(text->text().contains(blocker.fileName()), qPrintable(text->text()));
        QVERIFY(!allow->isHidden());
        QVERIFY(!allow->accessibleName().isEmpty());
        QVERIFY(!session.mayCall());

        allow->click();
        QVERIFY(session.unloggedCallsAllowed());
        QVERIFY(session.mayCall());
        QVERIFY(allow->isHidden());
        QVERIFY2(text->text().contains(u"sent but not logged"_s), qPrintable(text->text()));
    }
};

QTEST_MAIN(tst_LogBanner)
#include "tst_logbanner.moc"
