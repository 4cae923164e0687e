-- Several nodes on one database (issue 11).

-- One row per node that has run: where its search index stands, so outbox rows are pruned only
-- once every live node has applied them, and so a rebuild's progress can be read on any node.
CREATE TABLE index_node (
    node_id            VARCHAR(100) NOT NULL PRIMARY KEY,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Outbox ids at or below this are applied to this node's index (its highest applied id less
    -- the trailing window, since ids commit out of order).
    applied_through    BIGINT       NOT NULL,
    documents          BIGINT       NOT NULL,
    -- The cluster-wide rebuild generation this node's index was built at.
    epoch              BIGINT       NOT NULL,
    rebuild_epoch      BIGINT,
    rebuild_status     VARCHAR(20),
    rebuild_total      BIGINT,
    rebuild_indexed    BIGINT,
    rebuild_started_at TIMESTAMP WITH TIME ZONE,
    rebuild_finished_at TIMESTAMP WITH TIME ZONE,
    rebuild_error      VARCHAR(2000)
);

-- The one row of cluster-wide index state: how far the outbox has been pruned (a node whose
-- position is below it has missed changes and rebuilds) and the rebuild generation every node
-- should reach (raised by POST /admin/search/reindex and by large imports).
CREATE TABLE index_state (
    id                   INTEGER NOT NULL PRIMARY KEY,
    pruned_through       BIGINT  NOT NULL,
    epoch                BIGINT  NOT NULL,
    epoch_requested_at   TIMESTAMP WITH TIME ZONE,
    epoch_reason         VARCHAR(200)
);
INSERT INTO index_state (id, pruned_through, epoch) VALUES (1, 0, 0);

-- Secrets a node would otherwise make up on its own (dev-mode Jitsi keys, unsubscribe links):
-- the first node to need one stores it, every other node reads the same value.
CREATE TABLE shared_secret (
    name       VARCHAR(100)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A recording copy is leased by one node at a time; a lease that runs out (the node died) lets
-- another node take the copy over.
ALTER TABLE webinar_recording ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE webinar_recording ADD COLUMN leased_by VARCHAR(100);
ALTER TABLE webinar_recording ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
