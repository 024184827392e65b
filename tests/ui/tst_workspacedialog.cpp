// WorkspaceDialog alone: adding and editing, each field checked as it is typed, OK only when the form is valid
// (and, editing, changes something), the draft and the edit it describes, and the states its owner sets
// while the credentials are checked and stored (busy, rejected, store error with "this session only").
#include "support/namedchild.h"
#include "workspacedialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Workspace stored()
{
    Workspace w;
    w.name = u"Production"_s;
    w.siteId = u"site-1"_s;
    w.account = u"Acme"_s;
    w.hasAppApiKey = true;
    w.region = Region::Eu;
    w.environmentId = 201;
    return w;
}
} // namespace

class tst_WorkspaceDialog : public QObject
{
    Q_OBJECT

    // Types text into the field named name (as the admin would: textEdited follows).
    static void type(WorkspaceDialog *dialog, const QString &name, const QString &text)
    {
        CIO_CHILD(QLineEdit, edit, dialog, name);
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void addingStartsEmptyWithOkDisabled()
    {
        WorkspaceDialog dialog(QStringList {});
        QVERIFY(!dialog.isEditing());
        QCOMPARE(dialog.objectName(), u"workspaceDialog"_s);
        CIO_CHILD(QPushButton, ok, &dialog, u"addWorkspaceOkButton"_s);
        CIO_CHILD(QPushButton, cancel, &dialog, u"addWorkspaceCancelButton"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(cancel->isEnabled());
        QVERIFY(!ok->accessibleName().isEmpty() && !cancel->accessibleName().isEmpty());
        CIO_CHILD(QLineEdit, trackKey, &dialog, u"trackKeyEdit"_s);
        QCOMPARE(trackKey->echoMode(), QLineEdit::Password);
        CIO_CHILD(QLineEdit, appKey, &dialog, u"appKeyEdit"_s);
        QCOMPARE(appKey->echoMode(), QLineEdit::Password);
        CIO_CHILD(QCheckBox, removeAppKey, &dialog, u"removeAppKeyCheck"_s);
        QVERIFY(removeAppKey->isHidden());
        // Where the keys are found in Customer.io.
        CIO_CHILD(QLabel, intro, &dialog, u"introLabel"_s);
        QVERIFY2(intro->text().contains(u"Account Settings › API Credentials"_s), qPrintable(intro->text()));
        QVERIFY(intro->text().contains(u"App API Keys are listed separately"_s));
        QVERIFY(!intro->text().contains(u"Workspace Settings"_s));
        // Nothing is reported before the admin has typed.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QString &error : {u"nameError"_s, u"siteIdError"_s, u"accountError"_s, u"trackKeyError"_s}) {
            CIO_CHILD(QLabel, label, &dialog, error);
            QVERIFY2(!label->isVisible(), qPrintable(error));
        }
    }

    // Each field's problem shows beside it once typed in, and keeps OK disabled.
    void fieldsAreCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("error"); // the start
        QTest::newRow("name taken") << u"nameEdit"_s << u"Staging"_s << u"nameError"_s
                                    << u"Workspace name: a workspace named \"Staging\" already exists"_s;
        QTest::newRow("name padded") << u"nameEdit"_s << u"Prod "_s << u"nameError"_s << u"Workspace name:"_s;
        QTest::newRow("site id colon") << u"siteIdEdit"_s << u"site:id"_s << u"siteIdError"_s << u"Site ID:"_s;
        QTest::newRow("account padded") << u"accountEdit"_s << u"Acme "_s << u"accountError"_s
                                        << u"Account: must not start or end with spaces"_s;
        QTest::newRow("track key space") << u"trackKeyEdit"_s << u"a key"_s << u"trackKeyError"_s
                                         << u"Track API key:"_s;
        QTest::newRow("app key space") << u"appKeyEdit"_s << u"an app key"_s << u"appKeyError"_s << u"App API key:"_s;
    }
    void fieldsAreCheckedAsTyped()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, errorLabel);
        QFETCH(QString, error);
        WorkspaceDialog dialog(QStringList {u"Staging"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A valid form first.
        type(&dialog, u"nameEdit"_s, u"Production"_s);
        type(&dialog, u"siteIdEdit"_s, u"siteid"_s);
        type(&dialog, u"trackKeyEdit"_s, u"a-track-key"_s);
        CIO_CHILD(QPushButton, ok, &dialog, u"addWorkspaceOkButton"_s);
        QVERIFY(ok->isEnabled());

        type(&dialog, field, text);
        CIO_CHILD(QLabel, label, &dialog, errorLabel);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(error), qPrintable(label->text()));
        QVERIFY(!ok->isEnabled());
        // Only that field reports.
        for (const QString &other :
             {u"nameError"_s, u"siteIdError"_s, u"accountError"_s, u"trackKeyError"_s, u"appKeyError"_s}) {
            if (other != errorLabel)
                QVERIFY2(!TestSupport::namedChild<QLabel>(&dialog, other)->isVisible(), qPrintable(other));
        }
    }

    void draftOfANewWorkspace()
    {
        WorkspaceDialog dialog(QStringList {});
        type(&dialog, u"nameEdit"_s, u"Production"_s);
        type(&dialog, u"siteIdEdit"_s, u"site-1"_s);
        type(&dialog, u"accountEdit"_s, u"Acme"_s);
        type(&dialog, u"trackKeyEdit"_s, u"track-key"_s);
        WorkspaceDraft d = dialog.draft();
        QCOMPARE(d.workspace.name, u"Production"_s);
        QCOMPARE(d.workspace.siteId, u"site-1"_s);
        QCOMPARE(d.workspace.account, u"Acme"_s);
        QCOMPARE(d.trackApiKey, u"track-key"_s);
        QVERIFY(d.appApiKey.isEmpty());
        QVERIFY(!d.workspace.hasAppApiKey);
        QVERIFY(!d.removeAppApiKey);
        type(&dialog, u"appKeyEdit"_s, u"app-key"_s);
        d = dialog.draft();
        QCOMPARE(d.appApiKey, u"app-key"_s);
        QVERIFY(d.workspace.hasAppApiKey);
    }

    // OK does not close: it asks the owner, who answers with the outcome.
    void okSubmitsAndTheOwnerCloses()
    {
        WorkspaceDialog dialog(QStringList {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(&dialog, u"nameEdit"_s, u"Production"_s);
        type(&dialog, u"siteIdEdit"_s, u"site-1"_s);
        type(&dialog, u"trackKeyEdit"_s, u"track-key"_s);
        QSignalSpy submitted(&dialog, &WorkspaceDialog::submitted);
        QSignalSpy finished(&dialog, &QDialog::finished);
        CIO_CHILD(QPushButton, ok, &dialog, u"addWorkspaceOkButton"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(dialog.isVisible());

        // Busy: nothing can be changed; Cancel stays available (a missing keychain may take long).
        dialog.setBusy(u"Checking the credentials with Customer.io…"_s);
        CIO_CHILD(QLabel, message, &dialog, u"storeMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"Checking the credentials"_s));
        QVERIFY(!ok->isEnabled());
        CIO_CHILD(QPushButton, cancel, &dialog, u"addWorkspaceCancelButton"_s);
        QVERIFY(cancel->isEnabled());
        CIO_CHILD(QLineEdit, name, &dialog, u"nameEdit"_s);
        QVERIFY(!name->isEnabled());
        dialog.accept();
        QCOMPARE(submitted.count(), 1);
        QVERIFY(dialog.isVisible());

        dialog.finishSaved();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    }

    // Cancel while adding closes at once and asks whoever works for the dialog to stop.
    void cancelWhileBusyClosesAtOnce()
    {
        WorkspaceDialog dialog(QStringList {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy cancelled(&dialog, &WorkspaceDialog::cancelRequested);
        dialog.setBusy(u"Saving the key to the system keychain…"_s);
        CIO_CHILD(QPushButton, cancel, &dialog, u"addWorkspaceCancelButton"_s);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    // The dialog says where the keys are checked.
    void namesWhereTheCheckGoes()
    {
        WorkspaceDialog dialog(QStringList {});
        dialog.setCheckTarget(u"the sandbox on this machine"_s);
        CIO_CHILD(QLabel, target, &dialog, u"checkTargetLabel"_s);
        QCOMPARE(target->text(), u"Keys are checked with: the sandbox on this machine."_s);
        dialog.setCheckTarget(u"Customer.io, US and EU"_s);
        QCOMPARE(target->text(), u"Keys are checked with: Customer.io, US and EU."_s);
    }

    void rejectedCredentialsLeaveTheFormEditable()
    {
        WorkspaceDialog dialog(QStringList {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(&dialog, u"nameEdit"_s, u"Production"_s);
        type(&dialog, u"siteIdEdit"_s, u"site-1"_s);
        type(&dialog, u"trackKeyEdit"_s, u"wrong-key"_s);
        dialog.setBusy(u"Checking…"_s);
        dialog.showRejected(u"Site ID or Track API key rejected by Customer.io (401)"_s);
        CIO_CHILD(QLabel, message, &dialog, u"storeMessage"_s);
        QVERIFY(message->text().contains(u"<b>The workspace was not added:</b>"_s));
        QVERIFY(message->text().contains(u"rejected by Customer.io (401)"_s));
        QVERIFY(message->text().contains(u"Account Settings › API Credentials"_s));
        CIO_CHILD(QPushButton, ok, &dialog, u"addWorkspaceOkButton"_s);
        QVERIFY(ok->isEnabled());
        CIO_CHILD(QLineEdit, key, &dialog, u"trackKeyEdit"_s);
        QVERIFY(key->isEnabled());
        CIO_CHILD(QPushButton, sessionOnly, &dialog, u"sessionOnlyButton"_s);
        QVERIFY(!sessionOnly->isVisible());
    }

    void storeErrorOffersThisSessionOnly_data()
    {
        QTest::addColumn<bool>("offer");
        QTest::newRow("offered") << true;
        QTest::newRow("not offered") << false;
    }
    void storeErrorOffersThisSessionOnly()
    {
        QFETCH(bool, offer);
        WorkspaceDialog dialog(QStringList {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showStoreError(u"secure storage unavailable (no Secret Service)"_s, offer);
        CIO_CHILD(QLabel, message, &dialog, u"storeMessage"_s);
        QVERIFY(message->text().contains(u"Nothing was written to disk."_s));
        QCOMPARE(message->text().contains(u"this session only"_s), offer);
        CIO_CHILD(QPushButton, sessionOnly, &dialog, u"sessionOnlyButton"_s);
        QCOMPARE(sessionOnly->isVisible(), offer);
        if (!offer)
            return;
        QSignalSpy requested(&dialog, &WorkspaceDialog::sessionOnlyRequested);
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        // Typing again makes the outcome stale: the offer goes.
        type(&dialog, u"nameEdit"_s, u"Other"_s);
        QVERIFY(!sessionOnly->isVisible());
    }

    void editingStartsFromTheWorkspace()
    {
        WorkspaceDialog dialog(stored(), QStringList {u"Staging"_s});
        QVERIFY(dialog.isEditing());
        CIO_CHILD(QPushButton, ok, &dialog, u"editWorkspaceOkButton"_s);
        QCOMPARE(ok->text(), u"Save changes"_s);
        QVERIFY(!ok->isEnabled()); // nothing changed yet
        CIO_CHILD(QLineEdit, name, &dialog, u"nameEdit"_s);
        QCOMPARE(name->text(), u"Production"_s);
        CIO_CHILD(QLineEdit, site, &dialog, u"siteIdEdit"_s);
        QCOMPARE(site->text(), u"site-1"_s);
        CIO_CHILD(QLineEdit, account, &dialog, u"accountEdit"_s);
        QCOMPARE(account->text(), u"Acme"_s);
        CIO_CHILD(QLineEdit, trackKey, &dialog, u"trackKeyEdit"_s);
        QVERIFY(trackKey->text().isEmpty()); // keys are never shown
        QVERIFY(trackKey->placeholderText().contains(u"unchanged"_s));
        CIO_CHILD(QCheckBox, removeAppKey, &dialog, u"removeAppKeyCheck"_s);
        QVERIFY(!removeAppKey->isHidden()); // it has an App API key
    }

    void editDescribesTheChange_data()
    {
        QTest::addColumn<QString>("field"); // the edit typed into, or "remove" for the check box
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("renamed") << u"nameEdit"_s << u"Production EU"_s << true;
        QTest::newRow("renamed onto another") << u"nameEdit"_s << u"Staging"_s << false;
        QTest::newRow("new site id") << u"siteIdEdit"_s << u"site-2"_s << true;
        QTest::newRow("account cleared") << u"accountEdit"_s << QString() << true;
        QTest::newRow("rotated track key") << u"trackKeyEdit"_s << u"new-track"_s << true;
        QTest::newRow("new app key") << u"appKeyEdit"_s << u"new-app-key"_s << true;
        QTest::newRow("app key removed") << u"remove"_s << QString() << true;
        QTest::newRow("same name again") << u"nameEdit"_s << u"Production"_s << false;
    }
    void editDescribesTheChange()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        WorkspaceDialog dialog(stored(), QStringList {u"Staging"_s});
        if (field == u"remove") {
            CIO_CHILD(QCheckBox, remove, &dialog, u"removeAppKeyCheck"_s);
            remove->setChecked(true);
            CIO_CHILD(QLineEdit, appKey, &dialog, u"appKeyEdit"_s);
            QVERIFY(!appKey->isEnabled());
        } else {
            type(&dialog, field, text);
        }
        CIO_CHILD(QPushButton, ok, &dialog, u"editWorkspaceOkButton"_s);
        QCOMPARE(ok->isEnabled(), valid);
        const WorkspaceEdit e = dialog.edit();
        QCOMPARE(e.before.name, u"Production"_s);
        if (field == u"nameEdit")
            QCOMPARE(e.name, text);
        else if (field == u"siteIdEdit")
            QCOMPARE(e.siteId, text);
        else if (field == u"accountEdit")
            QCOMPARE(e.account, text);
        else if (field == u"trackKeyEdit")
            QCOMPARE(e.trackApiKey, std::optional<QString>(text));
        else if (field == u"appKeyEdit")
            QCOMPARE(e.appApiKey, std::optional<QString>(text));
        else
            QVERIFY(e.removeAppApiKey);
        if (field != u"trackKeyEdit")
            QVERIFY(!e.trackApiKey); // an empty key field keeps the stored key
        QCOMPARE(e.changesSomething(), valid || (field == u"nameEdit" && text == u"Staging"));
    }
};

QTEST_MAIN(tst_WorkspaceDialog)
#include "tst_workspacedialog.moc"
