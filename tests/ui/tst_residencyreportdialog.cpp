// ResidencyReportDialog: previews the report of the log it is given (built off the GUI thread), refuses an
// empty range naming the field, and saves the report shown as JSON (which verifies) and PDF.
#include "consolesession.h"
#include "memorycredentialstore.h"
#include "reportjson.h"
#include "requestlogstore.h"
#include "residencyreportdialog.h"
#include "support/namedchild.h"
#include "support/recordbuilder.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class tst_ResidencyReportDialog : public QObject
{
    Q_OBJECT

    TestHome m_home;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<ConsoleSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_session = std::make_unique<ConsoleSession>(sessionOptions(m_home, &m_keychain, EndpointTable()));
        QVERIFY2(m_session->logError().isEmpty(), qPrintable(m_session->logError()));
        // An EU account's identify through the US host (a transit), and one through the EU host.
        for (Region route : {Region::Us, Region::Eu}) {
            QVERIFY(m_session->logStore()->append(RecordBuilder()
                                                      .workspace(u"Shop EU"_s)
                                                      .siteId(u"shop-eu"_s)
                                                      .call(CallKind::Identify)
                                                      .path(u"/api/v1/customers/jane%40example.com"_s)
                                                      .route(route)
                                                      .handledBy(Region::Eu)
                                                      .accountRegion(Region::Eu)
                                                      .status(200))
                    > 0);
        }
    }

    void previewsAndSaves()
    {
        ResidencyReportDialog dialog(m_session.get());
        dialog.show();
        QSignalSpy ready(&dialog, &ResidencyReportDialog::previewReady);
        CIO_CHILD(QPushButton, previewButton, &dialog, u"reportPreviewButton"_s);
        CIO_CHILD(QPushButton, saveButton, &dialog, u"reportSaveButton"_s);
        QVERIFY(!saveButton->isEnabled());
        QVERIFY(!previewButton->accessibleName().isEmpty());
        previewButton->click();
        QVERIFY(ready.wait(10000));
        QVERIFY(saveButton->isEnabled());
        QCOMPARE(dialog.report().callCount, 2);
        QCOMPARE(dialog.report().transits.size(), 1);
        CIO_CHILD(QTextBrowser, view, &dialog, u"reportPreview"_s);
        QVERIFY(view->toPlainText().contains(u"Calls through a host outside the account's region"_s));
        QVERIFY(!view->toPlainText().contains(u"jane"_s));
        const QString shot = qEnvironmentVariable("CIO_REPORT_PAGES_DIR");
        if (!shot.isEmpty())
            dialog.grab().save(shot + u"/report-dialog.png"_s);

        QString error;
        const QString json = m_home.path(u"report.json"_s);
        QVERIFY2(dialog.save(json, u"json"_s, &error), qPrintable(error));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ReportJson::Verification v = ReportJson::verify(file.readAll(), m_session->logStore()->path());
        QVERIFY2(v.status == ReportJson::Verification::Status::Verified, qPrintable(v.message));
        QVERIFY(v.logChecked);
        const QString pdf = m_home.path(u"report.pdf"_s);
        QVERIFY2(dialog.save(pdf, u"pdf"_s, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
        QVERIFY(!dialog.save(m_home.path(u"no/such/dir/r.json"_s), u"json"_s, &error));
        QVERIFY2(error.contains(u"cannot write"_s), qPrintable(error));
    }

    void emptyRangeIsRefused()
    {
        ResidencyReportDialog dialog(m_session.get());
        QSignalSpy failed(&dialog, &ResidencyReportDialog::previewFailed);
        CIO_CHILD(QDateEdit, from, &dialog, u"reportFrom"_s);
        CIO_CHILD(QDateEdit, to, &dialog, u"reportTo"_s);
        from->setDate(QDate(2026, 3, 10));
        to->setDate(QDate(2026, 3, 1));
        dialog.preview();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.constFirst().at(0).toString().startsWith(u"Range:"_s),
                 qPrintable(failed.constFirst().at(0).toString()));
        CIO_CHILD(QLabel, status, &dialog, u"reportStatus"_s);
        QVERIFY(status->text().contains(u"the range is empty"_s));
        QVERIFY(!dialog.hasReport());
    }
};

QTEST_MAIN(tst_ResidencyReportDialog)
#include "tst_residencyreportdialog.moc"
