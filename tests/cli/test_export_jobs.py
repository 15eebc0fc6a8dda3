"""`briefgen export --jobs FILE`: many exports in one process, each line's mistake its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen import cli_common, cli_export
from briefgen.cli import main
from briefgen.core.library.store import LibraryStore
from tests.cli.test_export import docx_text, run


def test_every_job_is_exported_and_the_library_is_opened_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    real = cli_common.open_store

    def counting(args: object) -> LibraryStore:
        opened.append(str(getattr(args, "library", None)))
        return real(args)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_export, "open_store", counting)
    folder = tmp_path / "out with spaces"
    folder.mkdir()
    jobs = tmp_path / "jobs.txt"
    jobs.write_text(
        "# this week's briefs\n"
        f"--template policy-brief --lang ja -o '{folder}/policy.docx'\n"
        "\n"
        f"--template chronology --lang en --title 'Week 48' -o '{folder}/chronology.pdf'\n",
        encoding="utf-8",
    )
    code, _, err = run(["export", "--jobs", str(jobs)], capsys)
    assert code == 0, err
    assert "exported 2 briefs, 0 failed" in err
    assert opened == ["None"]
    assert "人工知能戦略本部" in docx_text(folder / "policy.docx")
    assert "Week 48" in PdfReader(folder / "chronology.pdf").pages[0].extract_text()


def test_a_bad_job_is_reported_with_its_line_and_the_others_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jobs = tmp_path / "jobs.txt"
    jobs.write_text(
        f"--template nowhere -o {tmp_path}/a.pdf\n"
        f"--template chronology --no-such-option -o {tmp_path}/b.pdf\n"
        f"missing.brief -o {tmp_path}/c.pdf\n"
        f"--template chronology -o {tmp_path}/d.txt\n"
        "--template 'chronology -o unclosed.pdf\n"
        f"--template chronology -o {tmp_path}/ok.pdf\n",
        encoding="utf-8",
    )
    code, _, err = run(["export", "--jobs", str(jobs)], capsys)
    assert code == 2
    errors = [line for line in err.splitlines() if line.startswith("briefgen: error:")]
    assert [line.split(":")[3] for line in errors] == ["1", "2", "3", "4", "5"]
    assert "unrecognized arguments: --no-such-option" in errors[1]
    assert "missing.brief" in errors[2]
    assert "exported 1 brief, 5 failed" in err
    assert (tmp_path / "ok.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jobs.txt", "ok.pdf"]


@pytest.mark.parametrize(
    "extra",
    [["--template", "chronology"], ["-o", "x.pdf"], ["saved.brief"]],
)
def test_jobs_take_no_brief_of_their_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    jobs = tmp_path / "jobs.txt"
    jobs.write_text("")
    try:
        code = main(["export", "--jobs", str(jobs), *extra])
    except SystemExit as exc:  # argparse: the options exclude each other
        code = int(str(exc.code))
    assert code == 2
    assert "error:" in capsys.readouterr().err


def test_a_missing_jobs_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["export", "--jobs", str(tmp_path / "none.txt")], capsys)
    assert code == 2
    assert err.startswith("briefgen: error: jobs file") and "none.txt" in err


def test_an_export_without_a_brief_or_output_says_what_is_missing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["export", "-o", "x.pdf"]) == 2
    assert "(BRIEF_FILE), --template NAME or --jobs FILE" in capsys.readouterr().err
    assert main(["export", "--template", "chronology"]) == 2
    assert "-o OUT.docx or -o OUT.pdf" in capsys.readouterr().err
