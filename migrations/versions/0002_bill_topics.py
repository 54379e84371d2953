"""Bill topics: a bill's stances are listed under its own subject, not under every topic of its article.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Bills stored before this revision have no rows here until `tracker reextract`; until then
`tracker positions` files their stances under the main topics of the articles that name them,
as revision 0001 did.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('bill_topics',
    sa.Column('bill_id', sa.Integer(), nullable=False, comment='The bill.'),
    sa.Column('topic_id', sa.Integer(), nullable=False, comment='The topic.'),
    sa.Column('rank', sa.Integer(), nullable=False, comment='0 for the main topic, then 1, ...'),
    sa.ForeignKeyConstraint(['bill_id'], ['bills.id'], name=op.f('fk_bill_topics_bill_id_bills'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_bill_topics_topic_id_topics'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('bill_id', 'topic_id', name=op.f('pk_bill_topics')),
    comment='Topics of a bill, from its title, best first.'
    )
    with op.batch_alter_table('bill_topics', schema=None) as batch_op:
        batch_op.create_index('ix_bill_topics_topic_id_bill_id', ['topic_id', 'bill_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('bill_topics', schema=None) as batch_op:
        batch_op.drop_index('ix_bill_topics_topic_id_bill_id')

    op.drop_table('bill_topics')
