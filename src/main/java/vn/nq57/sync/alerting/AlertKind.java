package vn.nq57.sync.alerting;

/** What an alert is about, with its title in Vietnamese and English. */
public enum AlertKind {
  CREDENTIALS_REJECTED(
      "Hệ thống quốc gia từ chối thông tin xác thực của tỉnh",
      "The national system rejects the province's credentials"),
  NATIONAL_UNREACHABLE(
      "Không kết nối được hệ thống quốc gia", "The national system cannot be reached"),
  SUBMISSION_FAILED("Có báo cáo gửi không thành công", "Submissions have FAILED"),
  PERIOD_OVERDUE("Báo cáo kỳ quá hạn", "A period's report is overdue"),
  SOURCE_FAILING("Nguồn dữ liệu liên tục lỗi", "A source keeps failing"),
  DELIVERY_PAUSED("Việc gửi báo cáo bị tạm dừng quá lâu", "Delivery has been paused too long");

  private final String vietnamese;
  private final String english;

  AlertKind(String vietnamese, String english) {
    this.vietnamese = vietnamese;
    this.english = english;
  }

  String vietnamese() {
    return vietnamese;
  }

  String english() {
    return english;
  }
}
