#include "pipelinesregion.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PipelinesRegion)
};
} // namespace

QString PipelinesRegion::basisCode(Basis basis)
{
    switch (basis) {
    case Basis::Detected:
        return QStringLiteral("detected");
    case Basis::Account:
        return QStringLiteral("account");
    case Basis::Chosen:
        return QStringLiteral("chosen");
    case Basis::None:
        break;
    }
    return QStringLiteral("none");
}

QString PipelinesRegion::basisText() const
{
    switch (basis) {
    case Basis::Detected:
        return Text::tr("detected");
    case Basis::Account:
        return Text::tr("from account %1 (workspace \"%2\")").arg(account, fromWorkspace);
    case Basis::Chosen:
        return Text::tr("chosen, not verified");
    case Basis::None:
        break;
    }
    return Text::tr("not known: choose US or EU");
}

PipelinesRegion pipelinesRegion(const Workspace &workspace, const PipelinesSource &source,
                                const QList<Workspace> &others)
{
    PipelinesRegion r;
    if (workspace.region != Region::Unknown) {
        r.region = workspace.region;
        r.basis = PipelinesRegion::Basis::Detected;
    } else if (!workspace.account.isEmpty()) {
        Region found = Region::Unknown;
        QString from;
        bool disagree = false;
        for (const Workspace &o : others) {
            if (o.name == workspace.name || o.account != workspace.account || o.region == Region::Unknown)
                continue;
            if (found == Region::Unknown) {
                found = o.region;
                from = o.name;
            } else if (o.region != found) {
                disagree = true;
            }
        }
        // Workspaces of one account that disagree say nothing reliable about it: no guess either way.
        if (found != Region::Unknown && !disagree) {
            r.region = found;
            r.basis = PipelinesRegion::Basis::Account;
            r.fromWorkspace = from;
            r.account = workspace.account;
        }
    }
    if (r.known()) {
        if (source.chosenRegion && *source.chosenRegion != r.region)
            r.overriddenChoice = source.chosenRegion;
        return r;
    }
    if (source.chosenRegion && *source.chosenRegion != Region::Unknown) {
        r.region = *source.chosenRegion;
        r.basis = PipelinesRegion::Basis::Chosen;
    }
    return r;
}
