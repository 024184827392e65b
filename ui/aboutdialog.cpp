#include "aboutdialog.h"

#include "appidentity.h"
#include "consolesession.h"
#include "requestlogstore.h"

#include <QSettings>

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const AboutInfo &info, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Region Console"));

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Region Console %1").arg(info.version), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *summary = new QLabel(tr("Which data center (US or EU) a Customer.io account is in, and where each test "
                                  "call actually went."),
                               this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    const auto value = [this, form](const QString &objectName, const QString &label, const QString &text) {
        auto *field = new QLabel(text, this);
        field->setObjectName(objectName);
        field->setAccessibleName(label);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setWordWrap(true);
        form->addRow(tr("%1:").arg(label), field);
    };
    value(QStringLiteral("aboutVersion"), tr("Version"), info.version);
    value(QStringLiteral("aboutQtVersion"), tr("Qt"), info.qtVersion);
    value(QStringLiteral("aboutKeychain"), tr("Keychain"), info.keychain);
    value(QStringLiteral("aboutDataDirectory"), tr("Data directory"), QDir::toNativeSeparators(info.dataDirectory));
    value(QStringLiteral("aboutLogPath"), tr("Request log"),
          info.logState.isEmpty()
              ? QDir::toNativeSeparators(info.logPath)
              : tr("%1 (not saved: %2)").arg(QDir::toNativeSeparators(info.logPath), info.logState));
    value(QStringLiteral("aboutSettingsPath"), tr("Settings"), QDir::toNativeSeparators(info.settingsPath));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("aboutCloseButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

AboutInfo AboutInfo::of(const ConsoleSession *session, const QString &logPathOption)
{
    AboutInfo info;
    info.version = QStringLiteral(CIO_VERSION);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.keychain = session->keychainBackend();
    info.dataDirectory = AppIdentity::dataDirectory();
    const RequestLogStore *store = session->logStore();
    info.logPath = store && store->isOpen() ? store->path()
        : logPathOption.isEmpty()           ? RequestLogStore::defaultPath()
                                            : logPathOption;
    info.logState = session->logError();
    info.settingsPath = session->settings()->fileName();
    return info;
}
