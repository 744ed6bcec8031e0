//! The writer: failures and panics stay with their job.
use super::*;

fn values(conn: &Connection) -> Result<Vec<i64>, StoreError> {
    let mut select = conn.prepare("SELECT x FROM t ORDER BY x")?;
    let rows = select.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[tokio::test]
async fn a_failing_job_leaves_no_trace_and_spoils_no_other() {
    let dir = tempfile::tempdir().unwrap();
    let conn = Connection::open(dir.path().join("t.db")).unwrap();
    conn.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
    let writer = Writer::spawn(conn).unwrap();

    let failing = writer.write(|c| {
        c.execute("INSERT INTO t VALUES (1)", [])?;
        Err::<(), _>(StoreError::Corrupt("on purpose".into()))
    });
    let succeeding = writer.write(|c| Ok(c.execute("INSERT INTO t VALUES (2)", [])?));
    let (failed, succeeded) = tokio::join!(failing, succeeding);

    assert!(matches!(failed, Err(StoreError::Corrupt(_))));
    assert_eq!(succeeded.unwrap(), 1);
    assert_eq!(writer.write(values).await.unwrap(), [2]);
}

#[tokio::test]
async fn a_job_that_panics_fails_alone_and_the_writer_lives_on() {
    let dir = tempfile::tempdir().unwrap();
    let conn = Connection::open(dir.path().join("t.db")).unwrap();
    conn.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
    let writer = Writer::spawn(conn).unwrap();

    let panicking = writer.write(|c| -> Result<(), StoreError> {
        c.execute("INSERT INTO t VALUES (1)", [])?;
        panic!("on purpose");
    });
    let beside = writer.write(|c| Ok(c.execute("INSERT INTO t VALUES (2)", [])?));
    let (panicked, beside) = tokio::join!(panicking, beside);
    let alone = writer
        .alone(|_| -> Result<(), StoreError> { panic!("alone") })
        .await;
    let after = writer
        .write(|c| Ok(c.execute("INSERT INTO t VALUES (3)", [])?))
        .await;

    assert!(matches!(panicked, Err(StoreError::Panicked)));
    assert!(matches!(alone, Err(StoreError::Panicked)));
    assert_eq!((beside.unwrap(), after.unwrap()), (1, 1));
    assert_eq!(writer.write(values).await.unwrap(), [2, 3]);
}
