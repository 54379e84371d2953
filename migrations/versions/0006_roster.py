"""The roster and linking: Open States persons with dated roles, links from officials, hand corrections.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

``tracker roster import`` fills ``roster_persons`` and ``roster_roles``; linking (at ingest,
``tracker relink``) sets ``officials.ocd_id``, keeps on each mention whether it was linked or why
not, and the district of the role held on the article's date. ``link_corrections`` holds what a
user corrected by hand, keyed by names and ocd ids rather than row ids, so it survives
re-extraction and re-linking. No existing table that has triggers (``statements``) is touched.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('roster_persons',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('ocd_id', sa.String(length=80), nullable=False, comment='Stable id: ocd-person/<uuid>.'),
    sa.Column('name', sa.String(length=200), nullable=False, comment='Full name as the roster gives it.'),
    sa.Column('given_name', sa.String(length=100), nullable=True, comment='First name.'),
    sa.Column('family_name', sa.String(length=100), nullable=True, comment='Last name.'),
    sa.Column('middle_name', sa.String(length=100), nullable=True, comment='Middle name or initial.'),
    sa.Column('other_names', sa.Text(), nullable=False, comment='JSON array of other names the person goes by.'),
    sa.Column('parties', sa.Text(), nullable=False, comment='JSON array of [party, start, end], newest first.'),
    sa.Column('source', sa.Text(), nullable=False, comment='Roster file it was imported from, relative to the import root.'),
    sa.Column('digest', sa.String(length=64), nullable=False, comment='SHA-256 of that file: unchanged files are skipped.'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_persons')),
    sa.UniqueConstraint('ocd_id', name=op.f('uq_roster_persons_ocd_id')),
    comment='A real person from the Open States people roster (tracker roster import).'
    )
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_persons_name'), ['name'], unique=False)

    op.create_table('link_corrections',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id; corrections apply in this order.'),
    sa.Column('kind', sa.String(length=10), nullable=False, comment='link, unlink, merge or split.'),
    sa.Column('name', sa.String(length=200), nullable=True, comment="Subject: an official's name as written or stored."),
    sa.Column('ocd_id', sa.String(length=80), nullable=True, comment='Subject: the person an official is linked to.'),
    sa.Column('article_id', sa.Integer(), nullable=True, comment='Only in this article; NULL for every article.'),
    sa.Column('target_ocd', sa.String(length=80), nullable=True, comment='Link or merge to this roster person.'),
    sa.Column('target_name', sa.String(length=200), nullable=True, comment='Merge into or split off as this name.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When it was made (UTC).'),
    sa.CheckConstraint("kind IN ('link', 'unlink', 'merge', 'split')", name=op.f('ck_link_corrections_kind')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_link_corrections_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_link_corrections')),
    comment='A hand correction to linking; applied after automatic linking, so it survives re-linking.'
    )
    op.create_table('roster_roles',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('person_id', sa.Integer(), nullable=False, comment='The person.'),
    sa.Column('type', sa.String(length=40), nullable=False, comment='upper, lower, legislature, governor, mayor, ...'),
    sa.Column('jurisdiction', sa.String(length=200), nullable=False, comment='ocd-jurisdiction id of the body.'),
    sa.Column('district', sa.String(length=100), nullable=True, comment='District or seat (12, FL-4, Vermont).'),
    sa.Column('start_date', sa.Date(), nullable=True, comment='First day; NULL when the roster does not say.'),
    sa.Column('end_date', sa.Date(), nullable=True, comment='Last day; NULL when still held.'),
    sa.Column('end_reason', sa.Text(), nullable=True, comment='Why it ended (resigned, died, ...).'),
    sa.ForeignKeyConstraint(['person_id'], ['roster_persons.id'], name=op.f('fk_roster_roles_person_id_roster_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_roles')),
    comment='A dated office a roster person held (chamber, executive office or mayoralty).'
    )
    with op.batch_alter_table('roster_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_roles_person_id'), ['person_id'], unique=False)

    op.create_table('roster_names',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('person_id', sa.Integer(), nullable=False, comment='The person.'),
    sa.Column('key', sa.String(length=200), nullable=False, comment='f:first last, s:surname or g:first name, folded (tracker.link.index).'),
    sa.ForeignKeyConstraint(['person_id'], ['roster_persons.id'], name=op.f('fk_roster_names_person_id_roster_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_names')),
    comment="Lookup keys of roster persons' names, so linking loads only the persons an article's names can reach."
    )
    with op.batch_alter_table('roster_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_names_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_roster_names_person_id'), ['person_id'], unique=False)

    with op.batch_alter_table('official_mentions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('link', sa.String(length=200), nullable=True, comment="'linked' to the roster, or why not ('not in roster', 'ambiguous: 2 candidates'); NULL when no roster was loaded."))

    with op.batch_alter_table('official_offices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('district', sa.String(length=100), nullable=True, comment='District of the roster role, when linked.'))

    with op.batch_alter_table('officials', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ocd_id', sa.String(length=80), nullable=True, comment='The roster person (ocd-person/...) when linked; NULL if not.'))
        batch_op.create_unique_constraint(batch_op.f('uq_officials_ocd_id'), ['ocd_id'])



def downgrade() -> None:
    with op.batch_alter_table('officials', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_officials_ocd_id'), type_='unique')
        batch_op.drop_column('ocd_id')

    with op.batch_alter_table('official_offices', schema=None) as batch_op:
        batch_op.drop_column('district')

    with op.batch_alter_table('official_mentions', schema=None) as batch_op:
        batch_op.drop_column('link')

    with op.batch_alter_table('roster_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_roles_person_id'))

    with op.batch_alter_table('roster_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_names_person_id'))
        batch_op.drop_index(batch_op.f('ix_roster_names_key'))

    op.drop_table('roster_names')
    op.drop_table('roster_roles')
    op.drop_table('link_corrections')
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_persons_name'))

    op.drop_table('roster_persons')
