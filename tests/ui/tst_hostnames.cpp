// HostNames and customerIoHostFor(): the sandbox's 127.0.0.1 addresses are shown with the Customer.io host
// each stands for, in the Data and Privacy panel, the log's host filter and columns and the detail; Customer.io's
// own hosts are shown as they are. The window part runs on the sandbox over loopback.
#include "delegates.h"
#include "hostnames.h"
#include "hoststandin.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "requestdetail.h"
#include "sandboxserver.h"
#include "support/namedchild.h"
#include "support/recordbuilder.h"
#include "support/testhome.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class tst_HostNames : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static EndpointTable standIn()
    {
        EndpointTable table;
        QString error;
        const bool ok =
            EndpointTable::fromJson(R"({"us":{"track":"http://127.0.0.1:18801","api":"http://127.0.0.1:18802"},)"
                                    R"("eu":{"track":"http://127.0.0.1:18803","api":"http://127.0.0.1:18804"}})",
                                    &table, &error);
        [&] { QVERIFY2(ok, qPrintable(error)); }();
        return table;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RegionConsoleTest"_s);
        QCoreApplication::setApplicationName(u"tst_hostnames"_s);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath(u"no-bus"_s).toLocal8Bit());
        qunsetenv("CIO_CONSOLE_ENDPOINTS");
    }

    void standInHostsNameCustomerIo()
    {
        const EndpointTable table = standIn();
        QCOMPARE(customerIoHostFor(table, u"127.0.0.1:18803"_s), u"track-eu.customer.io"_s);
        QCOMPARE(customerIoHostFor(table, u"127.0.0.1:18802"_s), u"api.customer.io"_s);
        QCOMPARE(customerIoHostFor(table, u"127.0.0.1:9"_s), QString());
        QCOMPARE(customerIoHostFor(EndpointTable::defaults(), u"track-eu.customer.io"_s), QString());
        QCOMPARE(HostNames::shown(u"127.0.0.1:18803"_s, &table, true),
                 u"track-eu.customer.io · sandbox 127.0.0.1:18803"_s);
        QCOMPARE(HostNames::shown(u"127.0.0.1:18803"_s, &table, true, HostNames::Form::Short),
                 u"track-eu.customer.io"_s);
        // Off the sandbox (a CIO_CONSOLE_ENDPOINTS table) hosts are shown as they are.
        QCOMPARE(HostNames::shown(u"127.0.0.1:18803"_s, &table, false), u"127.0.0.1:18803"_s);
        const EndpointTable real;
        QCOMPARE(HostNames::shown(u"track.customer.io"_s, &real, false), u"track.customer.io"_s);
        QCOMPARE(HostNames::of(&table, true).size(), 4);
        QVERIFY(HostNames::of(&real, false).isEmpty());
        QVERIFY(HostNames::of(&table, false).isEmpty());
    }

    void detailNamesTheHost()
    {
        const EndpointTable table = standIn();
        QTextDocument doc;
        doc.setHtml(requestDetailHtml(RecordBuilder().baseUrl(u"http://127.0.0.1:18803"_s).status(200), {},
                                      HostNames::of(&table, true)));
        QVERIFY2(doc.toPlainText().contains(u"1. track-eu.customer.io · sandbox 127.0.0.1:18803"_s),
                 qPrintable(doc.toPlainText()));
    }

    void windowShowsTheHostsStoodFor()
    {
        TestHome home;
        MemoryCredentialStore keychain;
        MainWindow::Options options;
        options.settingsPath = home.settingsPath();
        options.logPath = home.logPath();
        options.credentialStore = &keychain;
        options.startOnSandbox = true;
        MainWindow window(options);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.isOnSandbox(), 20000);
        QVERIFY(window.selectWorkspace(u"Demo EU"_s));
        CIO_CHILD(QLabel, track, &window, u"trackHostValue"_s);
        QTRY_VERIFY_WITH_TIMEOUT(track->text().startsWith(u"track-eu.customer.io · sandbox 127.0.0.1:"_s), 20000);
        QVERIFY(track->property("copyText").toString().startsWith(u"http://127.0.0.1:"_s));
        CIO_CHILD(QComboBox, hosts, &window, u"logHostFilter"_s);
        QStringList texts;
        for (int i = 0; i < hosts->count(); ++i)
            texts << hosts->itemText(i);
        QVERIFY2(texts.join(u'\n').contains(u"api-eu.customer.io · sandbox 127.0.0.1:"_s),
                 qPrintable(texts.join(u'\n')));
    }
};

QTEST_MAIN(tst_HostNames)
#include "tst_hostnames.moc"
