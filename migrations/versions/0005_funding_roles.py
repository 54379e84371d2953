"""Funding figures know how they count, and campaign money is its own kind.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

A figure's ``role`` says whether it is a sum on its own (``single``), a total whose parts are also
stored (``total``), or a ``part`` / per-``unit`` figure counted inside another figure of the same
article (``part_of`` holds that figure's ``ordinal``). Sums add only single and total figures, so a
request written as "salary + benefits = subtotal x 2 = total" is counted once. ``topic_id`` gives
rollups by topic. ``kind`` gains ``campaign``: money raised or spent by a campaign, kept out of
public totals. Existing rows become ``single`` figures at ordinal 0 without a topic; ``tracker
reextract`` fills the new columns in.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = "'request', 'appropriation', 'budget', 'grant', 'cost', 'recovery', 'settlement', 'other'"
_OLD_COMMENT = 'A money figure tied to public spending; articles.text[start:end] holds it.'
_NEW_COMMENT = 'A money figure (public or campaign money); articles.text[start:end] holds it.'


def _comment(new: str, old: str) -> None:
    if op.get_bind().dialect.name != 'sqlite':  # SQLite keeps no table comments
        op.create_table_comment('funding', new, existing_comment=old)


def upgrade() -> None:
    with op.batch_alter_table('funding', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ordinal', sa.Integer(), server_default='0', nullable=False,
                                      comment="Position among its article's figures, from 0."))
        batch_op.add_column(sa.Column('role', sa.String(length=10), server_default='single', nullable=False,
                                      comment='single, total, part or unit: only single and total figures are summed.'))
        batch_op.add_column(sa.Column('part_of', sa.Integer(), nullable=True,
                                      comment='ordinal of the figure in the same article that this part or unit is counted in.'))
        batch_op.add_column(sa.Column('topic_id', sa.Integer(), nullable=True,
                                      comment='The policy topic of what the money is for.'))
        batch_op.create_foreign_key(batch_op.f('fk_funding_topic_id_topics'), 'topics', ['topic_id'], ['id'],
                                    ondelete='SET NULL')
        batch_op.drop_constraint(batch_op.f('ck_funding_kind'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_funding_kind'), f"kind IN ({_KINDS}, 'campaign')")
        batch_op.create_check_constraint(batch_op.f('ck_funding_role'),
                                         "role IN ('single', 'total', 'part', 'unit', 'repeat')")
    _comment(_NEW_COMMENT, _OLD_COMMENT)


def downgrade() -> None:
    _comment(_OLD_COMMENT, _NEW_COMMENT)
    op.execute("DELETE FROM funding WHERE kind = 'campaign'")
    with op.batch_alter_table('funding', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_funding_role'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_funding_kind'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_funding_kind'), f"kind IN ({_KINDS})")
        batch_op.drop_constraint(batch_op.f('fk_funding_topic_id_topics'), type_='foreignkey')
        batch_op.drop_column('topic_id')
        batch_op.drop_column('part_of')
        batch_op.drop_column('role')
        batch_op.drop_column('ordinal')
